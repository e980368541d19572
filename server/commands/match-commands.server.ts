import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { command, exitCodes, UsageError } from './command.ts'

const suggestCommand = command({
	name: 'suggest',
	summary:
		'rank providers for each match request of a file ({ "requests": [...] }); writes { "<request ref>": [listing refs, best first] }',
	options: {
		requests: { type: 'string', valueName: 'file.json', description: 'the match requests (required)' },
		out: { type: 'string', valueName: 'results.json', description: 'where to write the rankings (required)' },
		limit: { type: 'string', valueName: 'n', description: 'providers per request (default 20)' },
		json: {
			type: 'boolean',
			description: 'print a JSON summary: requests ranked, and rejected ones with field messages',
		},
	},
	examples: ['npm run hub -- suggest --requests requests.json --out suggestions.json --limit 10'],
	async run({ options, database, log }) {
		const file = options.requests
		const out = options.out
		if (!file || !out) throw new UsageError('suggest needs --requests <file.json> and --out <results.json>')
		const limit = Number(options.limit ?? 20)
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
		const rejected: Array<{ ref: string; issues: Array<{ field: string; message: string }> }> = []
		for (const [index, raw] of requests.entries()) {
			const parsed = parseMatchRequest(raw)
			const ref = parsed.ok ? (parsed.request.ref ?? `request-${index + 1}`) : `requests[${index}]`
			if (!parsed.ok) {
				rejected.push({ ref, issues: parsed.issues })
				if (!options.json)
					log(`rejected ${ref}: ${parsed.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}`)
				continue
			}
			results[ref] = (await suggestWithSearch(directory, parsed.request, limit)).map((suggestion) => suggestion.ref)
		}
		writeFileSync(path.resolve(out), `${JSON.stringify(results, null, 2)}\n`)
		if (options.json) log(JSON.stringify({ out, ranked: Object.keys(results).length, rejected }, null, 2))
		else
			log(
				`Wrote suggestions for ${Object.keys(results).length} requests to ${out}${rejected.length ? ` (${rejected.length} rejected)` : ''}.`,
			)
		return rejected.length ? exitCodes.rejected : exitCodes.ok
	},
})

export const matchCommands = [suggestCommand]
