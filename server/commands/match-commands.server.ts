import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs, UsageError, type Command } from './command.ts'

export const matchCommands: Record<string, Command> = {
	suggest: {
		usage: 'suggest --requests <file.json> --out <results.json> [--limit 20]',
		summary:
			'rank providers for each match request of a file ({ "requests": [...] }); writes { "<request ref>": [listing refs, best first] }',
		async run({ args, database, log }) {
			const { values } = parseArgs(args, ['requests', 'out', 'limit'])
			const file = values.get('requests')
			const out = values.get('out')
			if (!file || !out) throw new UsageError('suggest needs --requests <file.json> and --out <results.json>')
			const limit = Number(values.get('limit') ?? 20)
			if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a whole number of 1 or more')
			let requests: unknown[]
			try {
				const parsed = JSON.parse(readFileSync(path.resolve(file), 'utf8')) as { requests?: unknown }
				if (!Array.isArray(parsed.requests)) throw new Error('it has no "requests" array')
				requests = parsed.requests
			} catch (error) {
				throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
			}
			await database()
			const { parseMatchRequest } = await import('../../app/domain/matching/request-schema.ts')
			const { loadMatchDirectory, suggestWithSearch } =
				await import('../../app/domain/matching/suggest-providers.server.ts')
			// The command runs with the hub's own view: every published, public listing.
			const directory = await loadMatchDirectory(null)
			const results: Record<string, string[]> = {}
			let rejected = 0
			for (const [index, raw] of requests.entries()) {
				const parsed = parseMatchRequest(raw)
				const ref = parsed.ok ? (parsed.request.ref ?? `request-${index + 1}`) : `requests[${index}]`
				if (!parsed.ok) {
					rejected++
					log(`rejected ${ref}: ${parsed.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}`)
					continue
				}
				results[ref] = (await suggestWithSearch(directory, parsed.request, limit)).map((suggestion) => suggestion.ref)
			}
			writeFileSync(path.resolve(out), `${JSON.stringify(results, null, 2)}\n`)
			log(
				`Wrote suggestions for ${Object.keys(results).length} requests to ${out}${rejected ? ` (${rejected} rejected)` : ''}.`,
			)
			return rejected ? 2 : 0
		},
	},
}
