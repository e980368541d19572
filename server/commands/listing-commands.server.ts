import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { command, exitCodes, UsageError } from './command.ts'

// Bulk listing transfer in the interchange format (docs/interchange-format.md),
// as JSON or as CSV (one file per listing type, or one with a type column;
// app/domain/transfer/). A CSV goes through the same preview and checks as
// the browser's upload.

const listingTypeNames = ['organization', 'lab', 'facility', 'expert'] as const
type ListingTypeName = (typeof listingTypeNames)[number]

function formatOption(value: unknown, file: string | undefined): 'csv' | 'json' | undefined {
	if (value === undefined)
		return file && /\.csv$/i.test(file) ? 'csv' : file && /\.json$/i.test(file) ? 'json' : undefined
	if (value === 'csv' || value === 'json') return value
	throw new UsageError(`--format is csv or json, not ${String(value)}.`)
}

function typeOption(value: unknown, allowAll: boolean): ListingTypeName | 'all' | undefined {
	if (value === undefined) return undefined
	if ((listingTypeNames as readonly unknown[]).includes(value)) return value as ListingTypeName
	if (allowAll && value === 'all') return 'all'
	throw new UsageError(`--type is one of ${[...listingTypeNames, ...(allowAll ? ['all'] : [])].join(', ')}.`)
}

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
	positionals: [
		{ name: 'file', description: 'a JSON file in the interchange format, or a CSV of listings', required: true },
	],
	options: {
		format: { type: 'string', valueName: 'csv|json', description: 'the file’s format (default: by its extension)' },
		type: {
			type: 'string',
			valueName: 'type',
			description: 'the listing type of a CSV without a type column (organization, lab, facility, expert)',
		},
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
		'npm run hub -- import facilities.csv --dry-run',
		'npm run hub -- import --format csv --type lab labs.txt',
	],
	async run({ options, positionals, database, log }) {
		const [file] = positionals as [string]
		const format = formatOption(options.format, file)
		if (format === 'csv') {
			const listingType = typeOption(options.type, false) as ListingTypeName | undefined
			let content: string
			try {
				content = readFileSync(path.resolve(file), 'utf8')
			} catch (error) {
				throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
			}
			await database()
			const { runImport } = await import('../../app/domain/transfer/import-preview.server.ts')
			const { renderMessage } = await import('../../app/domain/messages.ts')
			const { translator } = await import('../../app/i18n/messages.ts')
			const english = translator('en')
			const started = performance.now()
			const dryRun = Boolean(options['dry-run'])
			// The browser's upload runs the same use case (app/domain/transfer/import-interchange.server.ts).
			const preview = await runImport(
				{ content, format: 'csv', listingType },
				{ actorId: null, dryRun, onProgress: options.json ? undefined : progressPrinter() },
			)
			const outcome = preview.fileIssues.length
				? exitCodes.failed
				: preview.counts.rejected
					? exitCodes.rejected
					: exitCodes.ok
			if (options.json) {
				log(JSON.stringify(preview, null, 2))
				return outcome
			}
			if (preview.fileIssues.length) {
				log(`The file was not imported:`)
				for (const issue of preview.fileIssues)
					log(`  ${issue.field || 'file'}: ${renderMessage(english, issue.message, 'report')}`)
				return outcome
			}
			for (const row of preview.rows.filter((r) => r.outcome === 'rejected')) {
				log(`rejected row ${row.row ?? row.position} ${row.ref ?? '(no ref)'}:`)
				for (const issue of row.issues)
					log(`  ${issue.field || 'row'}: ${renderMessage(english, issue.message, 'report')}`)
			}
			const { created, updated, unchanged, rejected } = preview.counts
			log(
				`${dryRun ? 'Dry run, nothing written: would have ' : ''}${created} created, ${updated} updated, ${unchanged} unchanged, ${rejected} rejected ` +
					`(${((performance.now() - started) / 1000).toFixed(1)} s).`,
			)
			return outcome
		}
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
		const { offerImportActor } = await import('../../app/domain/listings/interchange-offers.server.ts')
		const { importInterchange } = await import('../../app/domain/transfer/import-interchange.server.ts')
		const actor = hasOffers ? await offerImportActor(options.as as string) : null
		if (hasOffers && !actor) throw new UsageError(`No account with the e-mail address ${String(options.as)}.`)
		const started = performance.now()
		// One use case with the browser's upload: listings, then the offers as the named account.
		const { offers: offerReport, ...report } = await importInterchange(input, {
			actorId: null,
			offerActor: actor,
			dryRun: Boolean(options['dry-run']),
			asPending: Boolean(options['as-pending']),
			onProgress: options.json ? undefined : progressPrinter(),
		})
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
		out: {
			type: 'string',
			valueName: 'file',
			description: 'write to this file instead of standard output (.csv writes CSV)',
		},
		format: {
			type: 'string',
			valueName: 'csv|json',
			description: 'CSV or the JSON interchange format (default: JSON, or by --out’s extension)',
		},
		type: {
			type: 'string',
			valueName: 'type',
			description:
				'CSV: one listing type (organization, lab, facility, expert), or all in one file with a type column (all, the default)',
		},
		'include-unpublished': {
			type: 'boolean',
			description: 'also drafts, pending and archived listings, and unpublished offers',
		},
	},
	examples: [
		'npm run hub -- export --out listings.json',
		'npm run hub -- export --format csv --type facility --out facilities.csv',
	],
	async run({ options, database, log }) {
		const format = formatOption(options.format, options.out) ?? 'json'
		const csvType = typeOption(options.type, true) ?? 'all'
		if (format === 'json' && options.type !== undefined) throw new UsageError('--type is for --format csv.')
		await database()
		const { exportListings } = await import('../../app/domain/listings/export-listings.server.ts')
		if (format === 'csv') {
			const { listingsToCsv } = await import('../../app/domain/transfer/listings-csv.ts')
			const listings = await exportListings({ includeUnpublished: Boolean(options['include-unpublished']) })
			const csv = listingsToCsv(listings, csvType)
			if (!options.out) {
				process.stdout.write(csv)
				return
			}
			writeFileSync(path.resolve(options.out), csv)
			const { listingTypes, sectionOf } = await import('../../app/domain/listings/interchange.ts')
			const count = listingTypes
				.filter((type) => csvType === 'all' || csvType === type)
				.reduce((sum, type) => sum + listings[sectionOf[type]].length, 0)
			log(`Wrote ${count} listings to ${options.out} (CSV; offers are exported as JSON only).`)
			return
		}
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
