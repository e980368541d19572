import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { command, exitCodes, UsageError } from './command.ts'

// Bulk listing transfer in the interchange format (docs/interchange-format.md).

function progressPrinter() {
	const interactive = process.stderr.isTTY
	let last = -1
	return (done: number, total: number) => {
		if (!total) return
		const percent = Math.floor((done / total) * 100)
		if (percent === last) return
		last = percent
		const line = `importing… ${done}/${total} (${percent}%)`
		if (interactive) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`)
		else if (done === total || percent % 25 === 0) process.stderr.write(`${line}\n`)
	}
}

const importCommand = command({
	name: 'import',
	summary: 'load listings in the interchange format: upsert by ref, report created/updated/unchanged/rejected',
	positionals: [{ name: 'file', description: 'a JSON file in the interchange format', required: true }],
	options: {
		'dry-run': { type: 'boolean', description: 'check and report, write nothing' },
		'as-pending': {
			type: 'boolean',
			description: 'new listings wait for review, changes to existing ones become pending revisions',
		},
		json: { type: 'boolean', description: 'print the report as JSON (per record: ref, outcome, field messages)' },
		as: {
			type: 'string',
			valueName: 'e-mail',
			description: 'the account (a coordinator or the establishment office) that imports the file’s offers',
		},
	},
	examples: [
		'npm run hub -- import listings.json --dry-run',
		'npm run hub -- import offers.json --as coordinator@example.org',
		'npm run hub -- import listings.json --json > report.json',
	],
	async run({ options, positionals, database, log }) {
		const [file] = positionals as [string]
		let input: unknown
		try {
			input = JSON.parse(readFileSync(path.resolve(file), 'utf8'))
		} catch (error) {
			throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
		}
		const offers = (input as { offers?: unknown } | null)?.offers
		const hasOffers = Array.isArray(offers) && offers.length > 0
		if (hasOffers && typeof options.as !== 'string')
			throw new UsageError('The file has offers: name the account that imports them with --as <e-mail>.')
		await database()
		const { importListings } = await import('../../app/domain/listings/import-listings.server.ts')
		const { importOffers, offerImportActor } = await import('../../app/domain/listings/interchange-offers.server.ts')
		const actor = hasOffers ? await offerImportActor(options.as as string) : null
		if (hasOffers && !actor) throw new UsageError(`No account with the e-mail address ${String(options.as)}.`)
		const started = performance.now()
		const report = await importListings(input, {
			actorId: null,
			dryRun: Boolean(options['dry-run']),
			asPending: Boolean(options['as-pending']),
			onProgress: options.json ? undefined : progressPrinter(),
		})
		// Offers after the listings, each through the offer form's own checks and use cases.
		const offerReport =
			hasOffers && !report.fileIssues.length
				? await importOffers(offers, actor!, { dryRun: Boolean(options['dry-run']) })
				: null
		const outcome = report.fileIssues.length
			? exitCodes.failed
			: report.counts.rejected || offerReport?.counts.rejected
				? exitCodes.rejected
				: exitCodes.ok
		if (options.json) {
			log(JSON.stringify(offerReport ? { ...report, offers: offerReport } : report, null, 2))
			return outcome
		}
		if (report.fileIssues.length) {
			log(`The file was not imported:`)
			for (const issue of report.fileIssues) log(`  ${issue.field}: ${issue.message}`)
			return outcome
		}
		for (const result of report.results.filter((r) => r.outcome === 'rejected')) {
			log(`rejected ${result.position} ${result.ref ?? '(no ref)'}:`)
			for (const issue of result.issues ?? []) log(`  ${issue.field}: ${issue.message}`)
		}
		for (const result of offerReport?.results.filter((r) => r.outcome === 'rejected') ?? []) {
			log(`rejected ${result.position} ${result.slug ?? '(no slug)'}:`)
			for (const issue of result.issues ?? []) log(`  ${issue.field}: ${issue.message}`)
		}
		if (offerReport) {
			const { created, updated, unchanged, rejected } = offerReport.counts
			log(
				`Offers: ${offerReport.dryRun ? 'would have ' : ''}${created} created, ${updated} updated, ${unchanged} unchanged, ${rejected} rejected.`,
			)
		}
		const { created, updated, unchanged, rejected } = report.counts
		log(
			`${report.dryRun ? 'Dry run, nothing written: would have ' : ''}${created} created, ${updated} updated, ${unchanged} unchanged, ${rejected} rejected ` +
				`(${((performance.now() - started) / 1000).toFixed(1)} s)${options['as-pending'] && !report.dryRun ? '; changes wait for review' : ''}.`,
		)
		return outcome
	},
})

const exportCommand = command({
	name: 'export',
	summary: 'write the listings and establishment offers in the interchange format (to standard output without --out)',
	options: {
		out: { type: 'string', valueName: 'file.json', description: 'write to this file instead of standard output' },
		'include-unpublished': {
			type: 'boolean',
			description: 'also drafts, pending and archived listings, and unpublished offers',
		},
	},
	examples: ['npm run hub -- export --out listings.json'],
	async run({ options, database, log }) {
		await database()
		const { exportListings } = await import('../../app/domain/listings/export-listings.server.ts')
		const { exportOffers } = await import('../../app/domain/listings/interchange-offers.server.ts')
		const includeUnpublished = Boolean(options['include-unpublished'])
		const listings = await exportListings({ includeUnpublished })
		const offers = await exportOffers({ includeUnpublished })
		const file = offers.length ? { ...listings, offers } : listings
		const json = `${JSON.stringify(file, null, 2)}\n`
		if (!options.out) {
			process.stdout.write(json)
			return
		}
		writeFileSync(path.resolve(options.out), json)
		const count = file.organizations.length + file.labs.length + file.facilities.length + file.experts.length
		log(`Wrote ${count} listings and ${offers.length} offers to ${options.out}.`)
	},
})

export const listingCommands = [importCommand, exportCommand]
