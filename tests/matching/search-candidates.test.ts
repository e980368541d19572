// The search engine's part in candidate generation, with the real PostgreSQL
// engine: the words of the request's main needs reach the engine with their
// typos and synonyms, and the engine being down never costs a suggestion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importListings } from '../../app/domain/listings/import-listings.server.ts'
import { needsFromRequest } from '../../app/domain/matching/needs.ts'
import { searchEngineCandidates } from '../../app/domain/matching/search-candidates.server.ts'
import { suggestProviders } from '../../app/domain/matching/suggest-providers.server.ts'
import { generateDemoData } from '../../prisma/seed/demo-data.ts'
import { allDocuments } from '../../search/documents.server.ts'
import type { SearchEngine } from '../../search/engine.ts'
import { setSearchEngine } from '../../search/index.server.ts'
import { PostgresSearchEngine } from '../../search/postgres/engine.server.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()
const engine = new PostgresSearchEngine()

beforeAll(async () => {
	await importListings(generateDemoData(), { actorId: null })
	await engine.configure()
	await engine.rebuild(allDocuments())
	setSearchEngine(engine)
})
afterAll(async () => {
	setSearchEngine(undefined)
})

// The request misspells its main need; the engine's typo tolerance still finds the vector makers.
const request = { title: 'Lentivrial vector supply for a phase I trial', description: 'GMP grade, 2027.' }

describe('candidates from the search engine', () => {
	it('finds listings for the words of the main needs, typos included', async () => {
		const refs = await searchEngineCandidates(needsFromRequest(request))
		expect(refs).toEqual(expect.arrayContaining(['org-0002', 'fac-0001']))
	})

	it('still suggests from the evidence when the engine is down', async () => {
		const down = { ...engine, name: 'down', search: () => Promise.reject(new Error('connection refused')) }
		setSearchEngine(down as unknown as SearchEngine)
		try {
			expect(await searchEngineCandidates(needsFromRequest(request))).toEqual([])
			const suggestions = await suggestProviders(request, { viewer: null, limit: 10 })
			expect(suggestions.map((suggestion) => suggestion.ref)).toEqual(expect.arrayContaining(['org-0002', 'fac-0001']))
		} finally {
			setSearchEngine(engine)
		}
	})
})
