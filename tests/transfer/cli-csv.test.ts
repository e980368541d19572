// `hub import` and `hub export` with CSV, as an operator runs them: the format
// from the extension or --format, one type or all with a type column, and the
// same preview as the browser (row numbers, fields, nothing written on a dry run).
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDemoData } from '../../prisma/seed/demo-data.ts'
import { hubCliOfThisFile } from '../support/hub-cli.ts'

const { hub, work } = hubCliOfThisFile('hub-cli-csv', 120_000)

describe('hub import and export with CSV', () => {
	it('exports a CSV, reads it back unchanged, and reports a broken row by row and field', () => {
		const demo = generateDemoData()
		const json = path.join(work, 'listings.json')
		writeFileSync(json, JSON.stringify({ ...demo, labs: demo.labs.slice(0, 3), experts: [], facilities: [] }))
		expect(hub('import', json).code).toBe(0)

		const csv = path.join(work, 'labs.csv')
		const exported = hub('export', '--type', 'lab', '--out', csv)
		expect(exported.code).toBe(0)
		const text = readFileSync(csv, 'utf8')
		expect(text.startsWith('\uFEFFref,name,')).toBe(true)
		expect(text.split('\r\n').filter(Boolean)).toHaveLength(4)

		const again = hub('import', csv)
		expect(again.stdout).toMatch(/0 created, 0 updated, 3 unchanged, 0 rejected/)

		const broken = path.join(work, 'broken.txt')
		writeFileSync(broken, `ref;organizationRef;name;modalities\r\nlab-x;${demo.organizations[0]!.ref};X Lab;car-x\r\n`)
		const dry = hub('import', '--format', 'csv', '--type', 'lab', broken, '--dry-run')
		expect(dry.code).toBe(3)
		expect(dry.stdout).toMatch(/rejected row 2 lab-x:\n {2}modalities: /)

		const combined = hub('export', '--format', 'csv')
		expect(combined.stdout.split('\r\n')[0]).toMatch(/^\uFEFFtype,ref,name,/)
		expect(hub('export', '--type', 'lab').code).toBe(2)
	}, 300_000)
})
