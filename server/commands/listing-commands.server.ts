import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs, UsageError, type Command } from './command.ts'

// Bulk listing transfer in the interchange format (shared/interchange-format.md).

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

export const listingCommands: Record<string, Command> = {
	import: {
		usage: 'import <file.json> [--dry-run] [--as-pending]',
		summary: 'load listings in the interchange format: upsert by ref, report created/updated/unchanged/rejected',
		async run({ args, database, log }) {
			const { flags, positional } = parseArgs(args)
			const unknown = [...flags].filter((flag) => flag !== 'dry-run' && flag !== 'as-pending')
			if (unknown.length) throw new UsageError(`Unknown option --${unknown[0]}. Options: --dry-run, --as-pending`)
			const [file] = positional
			if (!file) throw new UsageError('import needs a file, e.g. npm run hub -- import listings.json')
			let input: unknown
			try {
				input = JSON.parse(readFileSync(path.resolve(file), 'utf8'))
			} catch (error) {
				throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
			}
			await database()
			const { importListings } = await import('../../app/domain/listings/import-listings.server.ts')
			const started = performance.now()
			const report = await importListings(input, {
				actorId: null,
				dryRun: flags.has('dry-run'),
				asPending: flags.has('as-pending'),
				onProgress: progressPrinter(),
			})
			if (report.fileIssues.length) {
				log(`The file was not imported:`)
				for (const issue of report.fileIssues) log(`  ${issue.field}: ${issue.message}`)
				return 1
			}
			for (const result of report.results.filter((r) => r.outcome === 'rejected')) {
				log(`rejected ${result.position} ${result.ref ?? '(no ref)'}:`)
				for (const issue of result.issues ?? []) log(`  ${issue.field}: ${issue.message}`)
			}
			const { created, updated, unchanged, rejected } = report.counts
			log(
				`${report.dryRun ? 'Dry run, nothing written: would have ' : ''}${created} created, ${updated} updated, ${unchanged} unchanged, ${rejected} rejected ` +
					`(${((performance.now() - started) / 1000).toFixed(1)} s)${flags.has('as-pending') && !report.dryRun ? '; changes wait for review' : ''}.`,
			)
			return rejected ? 2 : 0
		},
	},

	export: {
		usage: 'export [--out file.json] [--include-unpublished]',
		summary: 'write the listings in the interchange format (to standard output without --out)',
		async run({ args, database, log }) {
			const { flags, values } = parseArgs(args, ['out'])
			const unknown = [...flags].filter((flag) => flag !== 'include-unpublished')
			if (unknown.length)
				throw new UsageError(`Unknown option --${unknown[0]}. Options: --out <file>, --include-unpublished`)
			await database()
			const { exportListings } = await import('../../app/domain/listings/export-listings.server.ts')
			const file = await exportListings({ includeUnpublished: flags.has('include-unpublished') })
			const json = `${JSON.stringify(file, null, 2)}\n`
			const out = values.get('out')
			if (!out) {
				process.stdout.write(json)
				return
			}
			writeFileSync(path.resolve(out), json)
			const count = file.organizations.length + file.labs.length + file.facilities.length + file.experts.length
			log(`Wrote ${count} listings to ${out}.`)
		},
	},
}
