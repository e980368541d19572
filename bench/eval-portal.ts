// The portal as the quality benchmarks measure it: a fresh embedded database
// (in the system temp folder, which the `postgres` user can enter when
// running as root), the eval corpus imported through the importer and
// indexed by the search engine, then suggestions and searches computed the
// way the triage screen, the API and the search page compute them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { MatchRequest } from '../app/domain/matching/needs.ts'

export interface EvalPortal {
	imported: number
	/** Ranked refs for a match request, on the portal's path (evidence + the search engine's candidates). */
	suggest(request: MatchRequest, limit: number): Promise<string[]>
	/** How many listings the engine found for a request, and how many of them had no evidence for its main needs. */
	engineCandidates(request: MatchRequest): Promise<{ found: number; beyondEvidence: number }>
	/** Ranked refs for a search box query, as the search page asks for them (understood first). */
	search(q: string, pageSize: number): Promise<string[]>
	close(): Promise<void>
}

export async function openEvalPortal(corpusFile: string): Promise<EvalPortal> {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'atmp-bench-eval-'))
	const { openDatabase } = await import('../server/db/database.server.ts')
	const database = await openDatabase({ dataDir })
	process.env.DATABASE_URL = database.url
	const { disconnectPrisma } = await import('../app/utils/db.server.ts')
	const close = async () => {
		await disconnectPrisma()
		await database.close()
		rmSync(dataDir, { recursive: true, force: true })
	}
	try {
		const { importListings } = await import('../app/domain/listings/import-listings.server.ts')
		const report = await importListings(JSON.parse(readFileSync(corpusFile, 'utf8')) as unknown, { actorId: null })
		if (report.counts.rejected || report.fileIssues.length)
			throw new Error(`the corpus did not import cleanly: ${JSON.stringify(report.counts)}`)
		const { reindex } = await import('../search/reindex.server.ts')
		const { getSearchEngine } = await import('../search/index.server.ts')
		await reindex(getSearchEngine())
		const { loadMatchDirectory, suggestFromDirectory } =
			await import('../app/domain/matching/suggest-providers.server.ts')
		const { searchEngineCandidates } = await import('../app/domain/matching/search-candidates.server.ts')
		const { generateCandidates } = await import('../app/domain/matching/rank.ts')
		const { needsFromRequest } = await import('../app/domain/matching/needs.ts')
		const { searchListings } = await import('../search/search-listings.server.ts')
		const { withUnderstanding } = await import('../app/domain/search/understood-query.server.ts')
		const directory = await loadMatchDirectory(null)
		return {
			imported: report.counts.created,
			close,
			async suggest(request, limit) {
				const needs = needsFromRequest(request)
				const alsoConsider = await searchEngineCandidates(needs)
				return suggestFromDirectory(directory, request, limit, { alsoConsider, needs }).map(
					(suggestion) => suggestion.ref,
				)
			},
			async engineCandidates(request) {
				const fromSearch = await searchEngineCandidates(needsFromRequest(request))
				const withEvidence = new Set(
					generateCandidates(request, directory.listings, directory.index).map((listing) => listing.ref),
				)
				return { found: fromSearch.length, beyondEvidence: fromSearch.filter((ref) => !withEvidence.has(ref)).length }
			},
			async search(q, pageSize) {
				const result = await searchListings(withUnderstanding({ q, pageSize }).query)
				return result.hits.map((hit) => hit.ref)
			},
		}
	} catch (error) {
		await close()
		throw error
	}
}
