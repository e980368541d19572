import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDemoData } from '../../prisma/seed/demo-data.ts'
import { hubCliOfThisFile } from '../support/hub-cli.ts'

// `npm run hub -- …` as an operator types it: a help screen that fits a
// terminal, --help for every command, mistakes answered with what was wrong
// and exit code 2, and JSON reports that scripts can read.

const { hub, work } = hubCliOfThisFile('hub-cli')

describe('help', () => {
	it('lists every command and the exit codes, in lines that fit an 80-column terminal', () => {
		const { code, stdout } = hub('help')
		expect(code).toBe(0)
		for (const name of [
			'import',
			'export',
			'suggest',
			'user create',
			'user role',
			'user disable',
			'user office',
			'reindex',
			'migrate',
		])
			expect(stdout).toMatch(new RegExp(`^  ${name} `, 'm'))
		expect(stdout).toMatch(/Exit codes:\n {2}0 {2}done\n {2}1 .*\n {2}2 .*\n {2}3 /)
		expect(Math.max(...stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80)
	})

	it('gives each command its own page with its arguments and options', () => {
		const { code, stdout } = hub('import', '--help')
		expect(code).toBe(0)
		expect(stdout).toMatch(/^Usage: npm run hub -- import <file> \[options\]/)
		expect(stdout).toMatch(/--dry-run/)
		expect(stdout).toMatch(/--json/)
		expect(hub('help', 'user', 'create').stdout).toMatch(/--email <e-mail>/)
	})

	it('answers a mistake with what was wrong, the command’s page and exit code 2', () => {
		const unknownOption = hub('import', 'x.json', '--bogus')
		expect(unknownOption.code).toBe(2)
		expect(unknownOption.stderr).toMatch(/Unknown option '--bogus'/)
		expect(unknownOption.stderr).toMatch(/Usage: npm run hub -- import/)
		const missingFile = hub('import')
		expect(missingFile.code).toBe(2)
		expect(missingFile.stderr).toMatch(/import needs <file>/)
		expect(hub('launch-rockets').code).toBe(2)
		expect(hub('user').stderr).toMatch(/"user" needs one of: create, role, disable/)
	})
})

// Each case starts several CLI processes (tsx, and a full-cost password hash for each account), one after another.
describe('reports for scripts', { timeout: 120_000 }, () => {
	it('import --json reports every record, and exit code 3 says some were rejected', () => {
		const demo = generateDemoData()
		const file = path.join(work, 'listings.json')
		const organization = demo.organizations[0]!
		writeFileSync(
			file,
			JSON.stringify({
				format: 'atmp-hub-listings',
				version: 1,
				organizations: [organization],
				labs: [{ ...demo.labs[0]!, ref: 'lab-cli-bad', organizationRef: organization.ref, modalities: ['car-x'] }],
				facilities: [],
				experts: [],
			}),
		)
		const { code, stdout } = hub('import', file, '--json')
		expect(code).toBe(3)
		const report = JSON.parse(stdout) as {
			counts: Record<string, number>
			results: Array<{ ref: string; outcome: string; issues?: Array<{ field: string }> }>
		}
		expect(report.counts).toMatchObject({ created: 1, rejected: 1 })
		const rejected = report.results.find((result) => result.ref === 'lab-cli-bad')
		expect(rejected?.outcome).toBe('rejected')
		expect(rejected?.issues?.map((issue) => issue.field).join(' ')).toMatch(/modalities/)
	})

	it('suggest --json summarises the rankings written and the requests rejected', () => {
		const requests = path.join(work, 'requests.json')
		const out = path.join(work, 'suggestions.json')
		writeFileSync(
			requests,
			JSON.stringify({
				requests: [
					{ ref: 'req-ok', title: 'Lentiviral vector supply', description: 'GMP lentiviral vector for a CAR-T trial' },
					{ ref: 'req-bad', title: '' },
				],
			}),
		)
		const { code, stdout } = hub('suggest', '--requests', requests, '--out', out, '--json')
		expect(code).toBe(3)
		const summary = JSON.parse(stdout) as { ranked: number; rejected: Array<{ ref: string; issues: unknown[] }> }
		expect(summary.ranked).toBe(1)
		expect(summary.rejected[0]?.issues.length).toBeGreaterThan(0)
		expect(Object.keys(JSON.parse(readFileSync(out, 'utf8')) as object)).toEqual(['req-ok'])
	})

	it('an account rule the operator broke is a usage error, not a stack trace', () => {
		const weak = hub('user', 'create', '--email', 'ops@example.org', '--name', 'Ops Person', '--password', 'short')
		expect(weak.code).toBe(2)
		expect(weak.stderr).not.toMatch(/\n\s+at /)
		const created = hub(
			'user',
			'create',
			'--email',
			'ops@example.org',
			'--name',
			'Ops Person',
			'--password',
			'a long enough passphrase',
		)
		expect(created.code).toBe(0)
		expect(created.stdout).toMatch(/Created ops@example.org \(user\)/)
		const office = hub('user', 'office', '--email', 'ops@example.org')
		expect(office.code).toBe(0)
		expect(office.stdout).toMatch(/ops@example.org: works for the establishment office/)
		expect(hub('user', 'office', '--email', 'nobody@example.org').code).toBe(2)
	})

	it('imports establishment offers by slug as the named account, idempotently, and exports them', () => {
		const email = 'offers-cli@example.org'
		expect(
			hub('user', 'create', '--email', email, '--name', 'Offer Person', '--password', 'a long enough passphrase').code,
		).toBe(0)
		expect(hub('user', 'office', '--email', email).code).toBe(0)
		const file = path.join(work, 'offers.json')
		const offer = {
			slug: 'cli-land',
			kind: 'land',
			titleEn: 'Land by the station',
			contactName: 'Eva Establish',
			contactEmail: 'eva@example.org',
			status: 'available',
			published: true,
		}
		writeFileSync(
			file,
			JSON.stringify({
				format: 'atmp-hub-listings',
				version: 1,
				offers: [offer, { ...offer, slug: 'cli-bad', kind: 'castle' }],
			}),
		)
		// Offers are imported as someone: without --as the operator is told so.
		expect(hub('import', file).code).toBe(2)
		const first = hub('import', file, '--as', email, '--json')
		expect(first.code).toBe(3)
		const report = JSON.parse(first.stdout) as {
			offers: { counts: Record<string, number>; results: Array<{ slug: string; issues?: Array<{ field: string }> }> }
		}
		expect(report.offers.counts).toMatchObject({ created: 1, rejected: 1 })
		expect(report.offers.results[1]?.issues?.map((issue) => issue.field)).toEqual(['kind'])
		const again = hub('import', file, '--as', email)
		expect(again.stdout).toMatch(/Offers: 0 created, 0 updated, 1 unchanged, 1 rejected\./)
		const exported = hub('export')
		expect(exported.code).toBe(0)
		expect((JSON.parse(exported.stdout) as { offers: unknown[] }).offers).toEqual([offer])
	})
})
