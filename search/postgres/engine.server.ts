// The built-in search engine: the documents in a table of their own
// ("SearchDocument"), searched with PostgreSQL full-text search, typo
// tolerance from a pg_trgm vocabulary, and facet counts by SQL.
//
// How a query runs (two round trips):
// 1. expansion: the query's words (folded, letters and digits only) are
//    looked up in "SearchTerm", the vocabulary of indexed words, for
//    candidates within Meilisearch's typo budget (trigram similarity, then
//    exact Damerau-Levenshtein in JS).
// 2. one statement: a tsquery (each term = its words in the English,
//    Swedish and simple configurations, the last word also as a prefix, typo
//    corrections, or the token of its synonym group, which documents carry for
//    every synonym phrase they contain; or, for a concept the understanding
//    step read, its concept token; terms AND-ed) selects the matching
//    rows of the serving generation through the GIN index; the facet filters
//    mark which rows pass each facet; the same set yields the total, the page
//    (ts_rank with field weights A-D, or sorted by name / update time) and the
//    disjunctive facet counts (unnest + GROUP BY).
// Highlights are computed in JS on the page's documents (search/highlight.ts).
// When no listing holds every term of a query with three or more, a second
// statement keeps the listings with most of them (at least a majority),
// ranked by how many they hold.
import { Prisma, type PrismaClient } from '~/generated/prisma/client.ts'
import { prisma as defaultPrisma } from '~/utils/db.server.ts'
import type {
	EngineHealth,
	EngineStats,
	NormalizedSearchQuery,
	SearchDocument,
	SearchEngine,
	SearchResult,
} from '../engine.ts'
import { conceptToken } from '../concepts.ts'
import { hitOf, queryMatcher } from '../hits.ts'
import { allowedTypos, LISTINGS_INDEX, MAX_QUERY_WORDS, taxonomySynonyms } from '../index-definition.ts'
import { parseQuery, planQuery, type ParsedQuery } from './expand.ts'
import { facetCountsOf, wordsMarkedBy, type FacetGroup } from './results.ts'
import { rowsOf, vocabularyOf } from './rows.server.ts'
import {
	addFacetSlotsSql,
	facetPackSql,
	rankVectorSql,
	searchVectorSql,
	termTsquerySql,
	TEXT_PARTS,
	tokenTsquerySql,
} from './sql.server.ts'
import { searchStatement, type RawRow, type RawSearchRow, type TextQuery } from './statement.server.ts'

export { textPartsOf, vocabularyOf } from './rows.server.ts'

const WRITE_BATCH = 500
/** A query needs this many terms before "most of them" differs from "all of them". */
const MIN_TERMS_TO_RELAX = 3
/** Longer than any rebuild should take; past it the lock is given up and the swap fails. */
const REBUILD_TIMEOUT_MS = 3 * 3600_000
const REBUILD_POLL_MS = 250

type Db = Pick<PrismaClient, '$queryRaw' | '$executeRaw' | '$transaction'>

export class PostgresSearchEngine implements SearchEngine {
	readonly name = 'postgres'
	readonly #db: () => Db
	readonly #index: string
	/**
	 * Total and facet counts of queries without text (browsing, the first view
	 * of every search page) by filters, valid for one index version: any write
	 * changes the version, so a cached count is never stale.
	 */
	readonly #browseCache: Map<string, { version: string; total: number; facets: FacetGroup[] }> | undefined

	constructor(options: { db?: () => Db; index?: string; browseCache?: boolean } = {}) {
		this.#db = options.db ?? defaultPrisma
		this.#index = options.index ?? LISTINGS_INDEX
		this.#browseCache = options.browseCache === false ? undefined : new Map()
	}

	async configure() {
		const created = await this.#db().$executeRaw`
			INSERT INTO "SearchIndexState" ("name", "activeGeneration", "buildingGeneration", "updatedAt")
			VALUES (${this.#index}, 1, NULL, (now() AT TIME ZONE 'UTC'))
			ON CONFLICT ("name") DO NOTHING`
		return { changed: created ? ['index created'] : [] }
	}

	async upsert(documents: SearchDocument[]) {
		await this.#write(
			documents,
			Prisma.sql`
			SELECT g FROM "SearchIndexState" s,
			LATERAL unnest(array_remove(ARRAY[s."activeGeneration", s."buildingGeneration"], NULL)) AS g
			WHERE s."name" = ${this.#index}`,
		)
	}

	/** Inserts or replaces rows in the generations the subquery names, and adds their words to the vocabulary. */
	async #write(documents: SearchDocument[], generations: Prisma.Sql) {
		for (let start = 0; start < documents.length; start += WRITE_BATCH) {
			const batch = documents.slice(start, start + WRITE_BATCH)
			const rows = rowsOf(batch)
			const partColumns = Prisma.raw(TEXT_PARTS.map((part) => `"${part}" text`).join(', '))
			// Slots first: the packs below are computed from them.
			await this.#db().$executeRaw(addFacetSlotsSql([...new Set(rows.flatMap((row) => row.facetKeys))]))
			await this.#db().$executeRaw`
				WITH bump AS (${this.#bump()})
				INSERT INTO "SearchDocument" (
					"generation", "id", "document", "type", "kind", "city", "organizationId",
					"modalities", "services", "phases", "grades", "licences",
					"nameSort", "updatedAt", "visibility", "stamp", "searchVector", "rankVector", "facetPack", "freeRanges", "indexedAt")
				SELECT gens.g, x."id", x."document", x."type", x."kind", x."city", x."organizationId",
					x."modalities", x."services", x."phases", x."grades", x."licences",
					x."nameSort", (x."updatedAt" AT TIME ZONE 'UTC'), x."visibility", x."stamp",
					${searchVectorSql('x')}, ${rankVectorSql('x')}, ${facetPackSql(Prisma.raw('x."facetKeys"'))},
					x."freeRanges"::datemultirange,
					(now() AT TIME ZONE 'UTC')
				FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(
					"id" uuid, "document" jsonb, "type" text, "kind" text, "city" text, "organizationId" uuid,
					"modalities" text[], "services" text[], "phases" text[], "grades" text[], "licences" text[],
					"nameSort" text, "updatedAt" timestamptz, "visibility" text, "stamp" text, "facetKeys" text[], "freeRanges" text, "lang" text, ${partColumns})
				CROSS JOIN (${generations}) AS gens
				ON CONFLICT ("generation", "id") DO UPDATE SET
					"document" = EXCLUDED."document", "type" = EXCLUDED."type", "kind" = EXCLUDED."kind",
					"city" = EXCLUDED."city", "organizationId" = EXCLUDED."organizationId",
					"modalities" = EXCLUDED."modalities", "services" = EXCLUDED."services", "phases" = EXCLUDED."phases",
					"grades" = EXCLUDED."grades", "licences" = EXCLUDED."licences", "nameSort" = EXCLUDED."nameSort",
					"updatedAt" = EXCLUDED."updatedAt", "visibility" = EXCLUDED."visibility", "stamp" = EXCLUDED."stamp",
					"searchVector" = EXCLUDED."searchVector", "rankVector" = EXCLUDED."rankVector",
					"facetPack" = EXCLUDED."facetPack", "freeRanges" = EXCLUDED."freeRanges", "indexedAt" = EXCLUDED."indexedAt"`
			await this.#addWords(vocabularyOf(batch))
		}
	}

	async #addWords(words: string[]) {
		if (!words.length) return
		// Sorted input keeps concurrent writers from deadlocking on the same words.
		await this.#db().$executeRaw`
			INSERT INTO "SearchTerm" ("term") SELECT w FROM unnest(${words}::text[]) AS w ORDER BY w
			ON CONFLICT ("term") DO NOTHING`
	}

	async delete(ids: string[]) {
		if (!ids.length) return
		// Every generation: a reindex being built must not resurrect the document.
		await this.#db().$executeRaw`
			WITH bump AS (${this.#bump()})
			DELETE FROM "SearchDocument" WHERE "id" = ANY(${ids}::uuid[])`
	}

	/**
	 * Every write also rewrites the index's state row, so that row's xmin
	 * changes with every committed change: a version the browse cache keys on.
	 */
	#bump() {
		return Prisma.sql`UPDATE "SearchIndexState" SET "updatedAt" = (now() AT TIME ZONE 'UTC') WHERE "name" = ${this.#index} RETURNING 1`
	}

	#version() {
		return Prisma.sql`(SELECT "xmin"::text FROM "SearchIndexState" WHERE "name" = ${this.#index})`
	}

	#active() {
		return Prisma.sql`(SELECT "activeGeneration" FROM "SearchIndexState" WHERE "name" = ${this.#index})`
	}

	async stamps() {
		const rows = await this.#db().$queryRaw<Array<{ id: string; stamp: string }>>`
			SELECT "id"::text AS id, "stamp" FROM "SearchDocument" WHERE "generation" = ${this.#active()}`
		return new Map(rows.map((row) => [row.id, row.stamp]))
	}

	async idsByOrganization(organizationId: string) {
		const rows = await this.#db().$queryRaw<Array<{ id: string }>>`
			SELECT "id"::text AS id FROM "SearchDocument"
			WHERE "generation" = ${this.#active()} AND "organizationId" = ${organizationId}::uuid`
		return rows.map((row) => row.id)
	}

	/**
	 * Builds a complete new generation next to the serving one and swaps it in.
	 * One rebuild per index at a time across every process (an advisory lock in
	 * the database): a rebuild that finds another running waits for it and
	 * then keeps its result (`skipped`) instead of building the same thing
	 * again; changes committed meanwhile reach both generations through the
	 * outbox, so the finished index is as current as a second build would be.
	 */
	async rebuild(batches: AsyncIterable<SearchDocument[]>): Promise<{ documents: number; skipped?: boolean }> {
		const db = this.#db()
		let waited = false
		for (;;) {
			// The lock lives as long as this transaction, on its own connection, and
			// dies with the process; waiting polls so a waiter holds no connection.
			const outcome = await db.$transaction(
				async (tx) => {
					const [lock] = await tx.$queryRaw<Array<{ locked: boolean }>>`
						SELECT pg_try_advisory_xact_lock(hashtextextended(${`hub:search-rebuild:${this.#index}`}, 0)) AS locked`
					if (!lock?.locked) return undefined
					if (waited) return { documents: (await this.stats()).documents, skipped: true }
					return this.#rebuildLocked(db, batches)
				},
				{ maxWait: 30_000, timeout: REBUILD_TIMEOUT_MS },
			)
			if (outcome) {
				// The caller's batches were never read: let their source release what it holds.
				if (outcome.skipped) await batches[Symbol.asyncIterator]().return?.()
				return outcome
			}
			waited = true
			await new Promise((resolve) => setTimeout(resolve, REBUILD_POLL_MS))
		}
	}

	async #rebuildLocked(
		db: Db,
		batches: AsyncIterable<SearchDocument[]>,
	): Promise<{ documents: number; skipped?: boolean }> {
		// A crashed earlier rebuild may have left rows in its generation.
		const [state] = await db.$queryRaw<Array<{ generation: number; stale: number | null }>>`
			UPDATE "SearchIndexState" s SET
				"buildingGeneration" = GREATEST(s."activeGeneration", coalesce(s."buildingGeneration", 0)) + 1,
				"updatedAt" = (now() AT TIME ZONE 'UTC')
			FROM (SELECT "buildingGeneration" AS stale FROM "SearchIndexState" WHERE "name" = ${this.#index}) old
			WHERE s."name" = ${this.#index}
			RETURNING s."buildingGeneration" AS generation, old.stale`
		if (!state) throw new Error(`Search index "${this.#index}" does not exist: configure() it first.`)
		if (state.stale !== null) await db.$executeRaw`DELETE FROM "SearchDocument" WHERE "generation" = ${state.stale}`

		let count = 0
		const words = new Set<string>()
		// Reading the next batch (database + document building) overlaps writing this one.
		const iterator = batches[Symbol.asyncIterator]()
		let next = iterator.next()
		try {
			for (;;) {
				const { value: batch, done } = await next
				if (done) break
				next = iterator.next()
				await this.#write(batch, Prisma.sql`SELECT ${state.generation}::int AS g`)
				for (const word of vocabularyOf(batch)) words.add(word)
				count += batch.length
			}
		} catch (error) {
			// The read ahead must not surface later as an unhandled rejection.
			next.catch(() => {})
			await iterator.return?.()
			throw error
		}

		// The swap is one short transaction; queries see the old or the new generation, never a mix.
		// Only a rebuild whose generation became the active one removes the others:
		// one that lost its building slot removes its own rows and nothing else.
		const swapped = await db.$transaction(async (tx) => {
			const updated = await tx.$executeRaw`
				UPDATE "SearchIndexState" SET "activeGeneration" = ${state.generation}, "buildingGeneration" = NULL,
					"updatedAt" = (now() AT TIME ZONE 'UTC')
				WHERE "name" = ${this.#index} AND "buildingGeneration" = ${state.generation}`
			if (!updated) {
				await tx.$executeRaw`
					DELETE FROM "SearchDocument" WHERE "generation" = ${state.generation}
						AND "generation" <> ${this.#active()} AND "generation" IS DISTINCT FROM (
							SELECT "buildingGeneration" FROM "SearchIndexState" WHERE "name" = ${this.#index})`
				return false
			}
			await tx.$executeRaw`DELETE FROM "SearchDocument" WHERE "generation" <> ${state.generation}`
			// The vocabulary of deleted documents goes with the old generation.
			await tx.$executeRaw`DELETE FROM "SearchTerm" WHERE NOT ("term" = ANY(${[...words]}::text[]))`
			return true
		})
		if (!swapped)
			throw new Error(`search: the rebuild of "${this.#index}" lost its generation to another; nothing swapped`)
		await this.#addWords([...words].sort())
		// A bulk load leaves new entries in the GIN indexes' pending lists, which
		// every query would scan until autovacuum merges them, and no statistics
		// for the planner: settle both now rather than serve slow plans meanwhile.
		// Best effort: both need ownership of the table, which the portal's database user normally has.
		await db.$queryRaw`
			SELECT gin_clean_pending_list(c.oid) FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid
			JOIN pg_am a ON a.oid = c.relam
			WHERE a.amname = 'gin' AND i.indrelid IN ('"SearchDocument"'::regclass, '"SearchTerm"'::regclass)`.catch(() => {})
		await db.$executeRaw`ANALYZE "SearchDocument", "SearchTerm"`.catch(() => {})
		return { documents: count }
	}

	async health(): Promise<EngineHealth> {
		const started = performance.now()
		try {
			const rows = await this.#db().$queryRaw<Array<{ g: number }>>`
				SELECT "activeGeneration" AS g FROM "SearchIndexState" WHERE "name" = ${this.#index}`
			const latencyMs = Math.round(performance.now() - started)
			return rows.length
				? { status: 'ok', engine: this.name, latencyMs }
				: { status: 'down', engine: this.name, detail: 'search index missing', latencyMs }
		} catch {
			return {
				status: 'down',
				engine: this.name,
				detail: 'database unreachable',
				latencyMs: Math.round(performance.now() - started),
			}
		}
	}

	async stats(): Promise<EngineStats> {
		const [row] = await this.#db().$queryRaw<Array<{ documents: number; last: Date | null; building: number | null }>>`
			SELECT count(d."id")::int AS documents, max(d."indexedAt") AS last, s."buildingGeneration" AS building
			FROM "SearchIndexState" s LEFT JOIN "SearchDocument" d ON d."generation" = s."activeGeneration"
			WHERE s."name" = ${this.#index} GROUP BY s."buildingGeneration"`
		return {
			engine: this.name,
			documents: row?.documents ?? 0,
			indexing: row?.building != null,
			lastUpdate: row?.last?.toISOString(),
		}
	}

	/** Typo candidates and stems for the query's words, in one round trip. */
	async #expand(words: string[]): Promise<{ candidates: Map<string, string[]>; stems: string[] }> {
		if (!words.length) return { candidates: new Map(), stems: [] }
		const budgets = words.map(allowedTypos)
		const firsts = words.map((word) => String.fromCodePoint(word.codePointAt(0)!))
		const nexts = firsts.map((first) => String.fromCodePoint(first.codePointAt(0)! + 1))
		// Same first letter (a different one costs two typos): a btree range on the
		// vocabulary; words with two typos to spare also get pg_trgm's similarity match.
		const rows = await this.#db().$queryRaw<
			Array<{ word: string; en: string[] | null; sv: string[] | null; near: string[] | null }>
		>`
			SELECT t.word,
				ts_lexize('english_stem', t.word) AS en,
				ts_lexize('swedish_stem', t.word) AS sv,
				CASE WHEN t.budget > 0 THEN ARRAY(
					SELECT s."term" FROM "SearchTerm" s
					WHERE s."term" >= t.first AND s."term" < t.next
						AND length(s."term") BETWEEN length(t.word) - t.budget AND length(t.word) + t.budget
					ORDER BY similarity(s."term", t.word) DESC LIMIT 40
				) || CASE WHEN t.budget > 1 THEN ARRAY(
					SELECT s."term" FROM "SearchTerm" s
					WHERE s."term" % t.word AND length(s."term") BETWEEN length(t.word) - 2 AND length(t.word) + 2
					ORDER BY similarity(s."term", t.word) DESC LIMIT 40
				) ELSE '{}'::text[] END END AS near
			FROM unnest(${words}::text[], ${budgets}::int[], ${firsts}::text[], ${nexts}::text[]) AS t(word, budget, first, next)`
		const candidates = new Map<string, string[]>()
		const stems = new Set<string>()
		for (const row of rows) {
			candidates.set(row.word, row.near ?? [])
			for (const stem of [...(row.en ?? []), ...(row.sv ?? [])]) stems.add(stem)
		}
		return { candidates, stems: [...stems] }
	}

	async search(query: NormalizedSearchQuery): Promise<SearchResult> {
		const plan = query.plan
		const parsed: ParsedQuery = plan
			? { words: plan.words.slice(0, MAX_QUERY_WORDS), prefixLast: plan.prefixLast }
			: parseQuery(query.q)
		const { candidates, stems } = await this.#expand(parsed.words)
		const wordPlan = planQuery(parsed, taxonomySynonyms(), candidates)
		const text: TextQuery = {
			wordPlan,
			terms: [
				...wordPlan.map(termTsquerySql),
				...(plan?.concepts ?? []).map((concept) => tokenTsquerySql(conceptToken(concept))),
			],
		}
		const strict = await this.#run(query, text)
		if (strict.total > 0 || text.terms.length < MIN_TERMS_TO_RELAX) return this.#result(query, strict, stems)
		// Nobody holds every term: the listings that hold most of them, those with most first.
		const relaxed = await this.#run(query, { ...text, minimum: Math.floor(text.terms.length / 2) + 1 })
		return { ...this.#result(query, relaxed, stems), relaxed: true }
	}

	#result(query: NormalizedSearchQuery, row: RawSearchRow, stems: string[]): SearchResult {
		const hasText = row.wordPlan.length > 0 || (query.plan?.concepts.length ?? 0) > 0
		const matcher = queryMatcher(query, wordsMarkedBy(row.wordPlan, stems))
		return {
			hits: row.hits.map(({ document }) => hitOf(document, hasText ? matcher : undefined, query.plan?.concepts ?? [])),
			facets: facetCountsOf(row.facets),
			total: row.total,
			page: query.page,
			pageSize: query.pageSize,
			engine: this.name,
		}
	}

	/** One statement: the matches (all terms, or at least `minimum` of them), their counts and the page. */
	async #run(query: NormalizedSearchQuery, text: TextQuery): Promise<RawSearchRow> {
		const { hasText, pageSql, hitsSql, baseSql, countsSql } = searchStatement(query, text, this.#active())

		// Per statement: no JIT (compiling costs more than these queries), bitmaps
		// that stay exact, and matching through the GIN index even when most rows
		// match (a sequential scan would read every out-of-line searchVector).
		const db = this.#db()
		const run = async <T>(statement: Prisma.Sql) => {
			const [, rows] = await db.$transaction(
				[
					db.$executeRaw`SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true),
						set_config('enable_seqscan', ${hasText ? 'off' : 'on'}, true), set_config('statement_timeout', '10s', true)`,
					db.$queryRaw<T[]>(statement),
				],
				{ timeout: 15_000 },
			)
			return rows[0]
		}

		if (hasText || !this.#browseCache) {
			const row = await run<RawRow>(
				Prisma.sql`WITH ${baseSql}, page AS (${pageSql}) SELECT ${countsSql}, ${hitsSql} AS hits`,
			)
			return { total: row?.total ?? 0, hits: row?.hits ?? [], facets: row?.facets ?? [], wordPlan: text.wordPlan }
		}
		const key = JSON.stringify([query.audience, query.filters, query.available ?? null])
		const pageRow = await run<{ version: string; hits: RawRow['hits'] }>(
			Prisma.sql`WITH page AS (${pageSql}) SELECT ${this.#version()} AS version, ${hitsSql} AS hits`,
		)
		const cached = this.#browseCache.get(key)
		let counts = cached && cached.version === pageRow?.version ? cached : undefined
		if (!counts) {
			const fresh = await run<RawRow & { version: string }>(
				Prisma.sql`WITH ${baseSql} SELECT ${this.#version()} AS version, ${countsSql}`,
			)
			counts = { version: fresh?.version ?? '', total: fresh?.total ?? 0, facets: fresh?.facets ?? [] }
			if (this.#browseCache.size >= 200) this.#browseCache.delete(this.#browseCache.keys().next().value!)
			this.#browseCache.set(key, counts)
		}
		return { total: counts.total, hits: pageRow?.hits ?? [], facets: counts.facets, wordPlan: [] }
	}
}
