// The migration that introduced facetPack fills it for documents indexed
// before it; those packs must count exactly like the ones the engine writes.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { disconnectPrisma } from '~/utils/db.server.ts'
import { applyMigrations, defaultMigrationsDir } from '../../server/db/migrate.server.ts'
import { createEmptyDatabase, type TestDatabase } from '../../tests/setup/database.ts'
import { blankDocumentFields, normalizeSearchQuery, type SearchDocument } from '../engine.ts'
import { PostgresSearchEngine } from './engine.server.ts'

const MIGRATION = '20261202100000_search_facet_pack'

let db: TestDatabase
let client: pg.Client

/** Documents as the engine stored them before facetPack existed. */
const before = [
	{ type: 'facility', kind: 'cdmo', city: 'Huddinge', modalities: ['aav', 'car-t'], grades: ['B', 'C'] },
	{ type: 'facility', kind: null, city: 'Solna', modalities: ['aav'], grades: ['B'] },
	{ type: 'lab', kind: 'academic', city: null, modalities: [], grades: [] },
	{ type: 'organization', kind: 'academic', city: 'Huddinge', modalities: ['car-t'], grades: [] },
]

beforeAll(async () => {
	db = await createEmptyDatabase()
	const earlier = mkdtempSync(path.join(tmpdir(), 'migrations-'))
	cpSync(defaultMigrationsDir, earlier, { recursive: true })
	rmSync(path.join(earlier, MIGRATION), { recursive: true })
	await applyMigrations(db.url, { migrationsDir: earlier })

	client = new pg.Client({ connectionString: db.url })
	await client.connect()
	await client.query(
		`INSERT INTO "SearchIndexState" ("name", "activeGeneration") VALUES ('listings', 1) ON CONFLICT ("name") DO NOTHING`,
	)
	for (const [n, row] of before.entries()) {
		await client.query(
			`INSERT INTO "SearchDocument" ("generation", "id", "document", "type", "kind", "city", "modalities",
				"services", "phases", "grades", "licences", "nameSort", "updatedAt", "stamp", "searchVector", "rankVector")
			VALUES ((SELECT "activeGeneration" FROM "SearchIndexState" WHERE "name" = 'listings'), gen_random_uuid(), $1, $2, $3, $4, $5, '{}', '{}', $6, '{}', $7, now(), 'old', '', '')`,
			[{ name: `Old ${n}` }, row.type, row.kind, row.city, row.modalities, row.grades, `old ${n}`],
		)
	}
	await applyMigrations(db.url)
	await disconnectPrisma()
	process.env.DATABASE_URL = db.url
})

afterAll(async () => {
	await client?.end()
	await disconnectPrisma()
	await db?.drop()
})

describe(`migration ${MIGRATION}`, () => {
	const engine = new PostgresSearchEngine({ browseCache: false })
	const browse = (filters = {}) => engine.search(normalizeSearchQuery({ filters }))

	it('packs the documents already indexed', async () => {
		const result = await browse()
		expect(result.total).toBe(4)
		expect(result.facets.type).toEqual({ facility: 2, lab: 1, organization: 1 })
		expect(result.facets.kind).toEqual({ cdmo: 1, academic: 2 })
		expect(result.facets.modality).toEqual({ aav: 2, 'car-t': 2 })
		expect(result.facets.grade).toEqual({ B: 2, C: 1 })
		expect(result.facets.city).toEqual({ Huddinge: 2, Solna: 1 })
		expect((await browse({ grade: ['C'] })).facets.modality).toEqual({ aav: 1, 'car-t': 1 })
	})

	it('counts old and newly written packs together', async () => {
		const document = {
			...blankDocumentFields,
			id: '00000000-0000-4000-8000-000000000001',
			ref: 'lab-new',
			type: 'lab',
			slug: 'new-lab',
			name: 'New lab',
			nameSort: 'new lab',
			modalities: ['car-t', 'nk'],
			grades: ['B'],
			kind: 'academic',
			city: 'Solna',
			updatedAt: new Date().toISOString(),
			updatedAtTs: Date.now(),
			stamp: 'new',
		} satisfies SearchDocument
		await engine.upsert([document])
		const result = await browse()
		expect(result.total).toBe(5)
		expect(result.facets.type).toEqual({ facility: 2, lab: 2, organization: 1 })
		expect(result.facets.modality).toEqual({ aav: 2, 'car-t': 3, nk: 1 })
		expect(result.facets.grade).toEqual({ B: 3, C: 1 })
		expect(result.facets.city).toEqual({ Huddinge: 2, Solna: 2 })
	})
})
