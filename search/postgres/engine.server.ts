// The built-in search engine: the documents in a table of their own
// ("SearchDocument"), searched with PostgreSQL full-text search, typo
// tolerance from a pg_trgm vocabulary, and facet counts by SQL.
//
// How a query runs (two round trips):
// 1. expansion: the query's words (folded, letters and digits only) are
//    looked up in "SearchTerm", the vocabulary of indexed words, for
//    candidates within Meilisearch's typo budget (trigram similarity, then
//    exact Damerau-Levenshtein in JS).
// 2. one statement: a tsquery (each concept = its words in the English,
//    Swedish and simple configurations, the last word also as a prefix, typo
//    corrections, or the token of its synonym group, which documents carry for
//    every synonym phrase they contain; concepts AND-ed) selects the matching
//    rows of the serving generation through the GIN index; the facet filters
//    mark which rows pass each facet; the same set yields the total, the page
//    (ts_rank with field weights A-D, or sorted by name / update time) and the
//    disjunctive facet counts (unnest + GROUP BY).
// Highlights are computed in JS on the page's documents (search/highlight.ts).
import { Prisma, type PrismaClient } from '~/generated/prisma/client.ts'
import { prisma as defaultPrisma } from '~/utils/db.server.ts'
import type {
	EngineHealth,
	EngineStats,
	NormalizedSearchQuery,
	SearchDocument,
	SearchEngine,
	SearchHit,
	SearchResult,
} from '../engine.ts'
import { highlightText, type WordMatcher } from '../highlight.ts'
import {
	allowedTypos,
	facets,
	LISTINGS_INDEX,
	pagination,
	searchableAttributes,
	taxonomyCodesByWord,
	taxonomySynonyms,
} from '../index-definition.ts'
import { tokenize } from '../text.ts'
import { parseQuery, planQuery, type ConceptPlan } from './expand.ts'
import {
	addFacetSlotsSql,
	atMostOneMissSql,
	facetCountingSql,
	facetKeysOf,
	facetPackSql,
	filterPlan,
	labelBoostSql,
	RANK_WEIGHTS,
	rankVectorSql,
	searchVectorSql,
	TEXT_PARTS,
	tsquerySql,
	type TextPart,
} from './sql.server.ts'
import { groupTokensIn } from './synonym-tokens.ts'

const WRITE_BATCH = 500
const MIN_VOCABULARY_WORD = 3
/** Longer than any rebuild should take; past it the lock is given up and the swap fails. */
const REBUILD_TIMEOUT_MS = 3 * 3600_000
const REBUILD_POLL_MS = 250

type Db = Pick<PrismaClient, '$queryRaw' | '$executeRaw' | '$transaction'>

// Which text parts (sql.server.ts) each field goes to, for matching and for ranking.
const partsOfField = {
	name: { search: 's_all', rank: 'r_a', groupsRank: 'r_a_simple' },
	organizationName: { search: 's_simple', rank: 'r_b', groupsRank: 'r_b' },
	labelsEn: { search: 's_en' },
	labelsSv: { search: 's_sv' },
	tags: { search: 's_lang', rank: 'r_b', groupsRank: 'r_b' },
	summary: { search: 's_lang' },
	city: { search: 's_simple' },
	campus: { search: 's_simple' },
	description: { search: 's_lang' },
} as const satisfies Record<
	(typeof searchableAttributes)[number]['attribute'],
	{ search: TextPart; rank?: TextPart; groupsRank?: TextPart }
>

/**
 * The document's searchable text in parts (sql.server.ts), folded and
 * tokenised exactly like queries, plus the tokens of every synonym group
 * whose phrase occurs in a field.
 */
export function textPartsOf(document: SearchDocument): Record<TextPart, string> {
	const texts = Object.fromEntries(TEXT_PARTS.map((part) => [part, [] as string[]])) as Record<TextPart, string[]>
	for (const { attribute } of searchableAttributes) {
		const parts: { search: TextPart; rank?: TextPart; groupsRank?: TextPart } = partsOfField[attribute]
		const value = document[attribute]
		for (const item of Array.isArray(value) ? value : value ? [value] : []) {
			const words = tokenize(item)
			if (!words.length) continue
			const text = words.join(' ')
			const groups = groupTokensIn(words).join(' ')
			texts[parts.search].push(text)
			if (groups) texts.s_simple.push(groups)
			if (parts.rank) texts[parts.rank].push(text)
			if (parts.groupsRank && groups) texts[parts.groupsRank].push(groups)
		}
	}
	// A full stop between values keeps one value's words from running into the next.
	return Object.fromEntries(Object.entries(texts).map(([part, items]) => [part, items.join(' . ')])) as Record<
		TextPart,
		string
	>
}

export function vocabularyOf(documents: SearchDocument[]): string[] {
	const words = new Set<string>()
	for (const document of documents) {
		for (const { attribute } of searchableAttributes) {
			const value = document[attribute]
			for (const part of Array.isArray(value) ? value : value ? [value] : []) {
				for (const word of tokenize(part)) if (word.length >= MIN_VOCABULARY_WORD) words.add(word)
			}
		}
	}
	return [...words].sort()
}

function rowsOf(documents: SearchDocument[]) {
	return documents.map((document) => ({
		id: document.id,
		document,
		type: document.type,
		kind: document.kind,
		city: document.city,
		organizationId: document.organizationId,
		modalities: document.modalities,
		services: document.services,
		phases: document.phases,
		grades: document.grades,
		licences: document.licences,
		nameSort: document.nameSort,
		updatedAt: document.updatedAt,
		stamp: document.stamp,
		facetKeys: facetKeysOf(document),
		lang: document.contentLocale === 'sv' ? 'swedish' : 'english',
		...textPartsOf(document),
	}))
}

/** [facet name, misses, count, value] (sql.server.ts, facetGroupsSql). */
type FacetGroup = [string, number, number, string | null]

interface RawSearchRow {
	total: number
	hits: Array<{ id: string; document: SearchDocument }>
	facets: FacetGroup[]
}

export class PostgresSearchEngine implements SearchEngine {
	readonly name = 'postgres'
	readonly #db: () => Db
	readonly #index: string
	/**
	 * Total and facet counts of queries without text (browsing, the first view
	 * of every search page) by filters, valid for one index version: any write
	 * changes the version, so a cached count is never stale.
	 */
	readonly #browseCache: Map<string, { version: string; total: number; facets: SearchResult['facets'] }> | undefined

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
					"nameSort", "updatedAt", "stamp", "searchVector", "rankVector", "facetPack", "indexedAt")
				SELECT gens.g, x."id", x."document", x."type", x."kind", x."city", x."organizationId",
					x."modalities", x."services", x."phases", x."grades", x."licences",
					x."nameSort", (x."updatedAt" AT TIME ZONE 'UTC'), x."stamp",
					${searchVectorSql('x')}, ${rankVectorSql('x')}, ${facetPackSql(Prisma.raw('x."facetKeys"'))},
					(now() AT TIME ZONE 'UTC')
				FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(
					"id" uuid, "document" jsonb, "type" text, "kind" text, "city" text, "organizationId" uuid,
					"modalities" text[], "services" text[], "phases" text[], "grades" text[], "licences" text[],
					"nameSort" text, "updatedAt" timestamptz, "stamp" text, "facetKeys" text[], "lang" text, ${partColumns})
				CROSS JOIN (${generations}) AS gens
				ON CONFLICT ("generation", "id") DO UPDATE SET
					"document" = EXCLUDED."document", "type" = EXCLUDED."type", "kind" = EXCLUDED."kind",
					"city" = EXCLUDED."city", "organizationId" = EXCLUDED."organizationId",
					"modalities" = EXCLUDED."modalities", "services" = EXCLUDED."services", "phases" = EXCLUDED."phases",
					"grades" = EXCLUDED."grades", "licences" = EXCLUDED."licences", "nameSort" = EXCLUDED."nameSort",
					"updatedAt" = EXCLUDED."updatedAt", "stamp" = EXCLUDED."stamp",
					"searchVector" = EXCLUDED."searchVector", "rankVector" = EXCLUDED."rankVector",
					"facetPack" = EXCLUDED."facetPack", "indexedAt" = EXCLUDED."indexedAt"`
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
		const parsed = parseQuery(query.q)
		const { candidates, stems } = await this.#expand(parsed.words)
		const plan = planQuery(parsed, taxonomySynonyms(), candidates)
		const hasText = plan.length > 0
		const filters = filterPlan(query.filters)
		const offset = (query.page - 1) * query.pageSize
		const pageSize = offset >= pagination.maxTotalHits ? 0 : Math.min(query.pageSize, pagination.maxTotalHits - offset)

		// Bit f of "misses" is set when the row fails facet f's filter. A row with
		// no miss is a result; one with a single miss still counts for that facet
		// (disjunctive counts); rows with two or more misses are not needed at all.
		const misses = filters.active.length
			? Prisma.join(
					filters.active.map(
						(facet, index) =>
							Prisma.sql`(CASE WHEN ${filters.conditions[index]!} THEN 0 ELSE ${1 << facets.indexOf(facet)} END)`,
					),
					' | ',
				)
			: Prisma.sql`0`
		// Ranking reads each match's rankVector: only when the order needs it, and
		// only for results (rows kept for another facet's counts are never shown).
		const ranked = hasText && query.sort === 'relevance'
		const relevance = Prisma.sql`ts_rank(${RANK_WEIGHTS}::float4[], d."rankVector", (SELECT "match" FROM q)) + ${labelBoostSql(plan, taxonomyCodesByWord())}`
		const rank = !ranked
			? Prisma.sql`0::float4`
			: filters.active.length
				? Prisma.sql`CASE WHEN (${misses}) = 0 THEN ${relevance} ELSE 0::float4 END`
				: relevance
		const order =
			query.sort === 'updated'
				? Prisma.sql`"updatedAt" DESC, "id"`
				: ranked
					? Prisma.sql`"rank" DESC, "nameSort", "id"`
					: Prisma.sql`"nameSort", "id"`
		const pageOrder =
			query.sort === 'updated'
				? Prisma.sql`p."updatedAt" DESC, p."id"`
				: ranked
					? Prisma.sql`p."rank" DESC, p."nameSort", p."id"`
					: Prisma.sql`p."nameSort", p."id"`
		const atMostOneMiss = atMostOneMissSql(filters.conditions)
		const counting = facetCountingSql(filters.active.length ? misses : null)

		const pageSql = Prisma.sql`
			SELECT ${hasText ? Prisma.sql`"id", "rank", "nameSort", "updatedAt"` : Prisma.sql`d."id", 0::float4 AS "rank", d."nameSort", d."updatedAt"`}
			FROM ${
				hasText
					? Prisma.sql`base WHERE "misses" = 0`
					: // Without text the order comes from an index on (generation, nameSort | updatedAt).
						Prisma.sql`"SearchDocument" d WHERE d."generation" = ${this.#active()}${
							filters.active.length ? Prisma.sql` AND ${Prisma.join(filters.conditions, ' AND ')}` : Prisma.empty
						}`
			}
			-- A plain ORDER BY … LIMIT lets PostgreSQL keep only the top rows (no full sort).
			ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}`
		const hitsSql = Prisma.sql`(SELECT coalesce(json_agg(json_build_object('id', p."id", 'document', sd."document") ORDER BY ${pageOrder}), '[]'::json)
			FROM page p JOIN "SearchDocument" sd ON sd."generation" = ${this.#active()} AND sd."id" = p."id")`
		const baseSql = Prisma.sql`q AS MATERIALIZED (SELECT ${hasText ? tsquerySql(plan) : Prisma.sql`NULL::tsquery`} AS "match"),
			base AS MATERIALIZED (
				SELECT d."id", d."nameSort", d."updatedAt", ${rank} AS "rank", ${counting.columns},
					${misses} AS "misses"
				FROM "SearchDocument" d
				WHERE d."generation" = ${this.#active()}
					${hasText ? Prisma.sql`AND d."searchVector" @@ (SELECT "match" FROM q)` : Prisma.empty}
					${atMostOneMiss ? Prisma.sql`AND ${atMostOneMiss}` : Prisma.empty}
			), ${counting.groups}`
		const countsSql = Prisma.sql`${counting.total} AS total, ${counting.counts} AS facets`

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

		let row: RawSearchRow | undefined
		if (hasText || !this.#browseCache) {
			row = await run<RawSearchRow>(
				Prisma.sql`WITH ${baseSql}, page AS (${pageSql}) SELECT ${countsSql}, ${hitsSql} AS hits`,
			)
		} else {
			const key = JSON.stringify(query.filters)
			const pageRow = await run<{ version: string; hits: RawSearchRow['hits'] }>(
				Prisma.sql`WITH page AS (${pageSql}) SELECT ${this.#version()} AS version, ${hitsSql} AS hits`,
			)
			const cached = this.#browseCache.get(key)
			const counts =
				cached && cached.version === pageRow?.version
					? cached
					: await (async () => {
							const fresh = await run<RawSearchRow & { version: string }>(
								Prisma.sql`WITH ${baseSql} SELECT ${this.#version()} AS version, ${countsSql}`,
							)
							const computed = {
								version: fresh?.version ?? '',
								total: fresh?.total ?? 0,
								facets: facetCountsOf(fresh?.facets ?? []),
							}
							if (this.#browseCache!.size >= 200) this.#browseCache!.delete(this.#browseCache!.keys().next().value!)
							this.#browseCache!.set(key, computed)
							return computed
						})()
			return {
				hits: (pageRow?.hits ?? []).map(({ document }) => hitOf(document, undefined)),
				facets: structuredClone(counts.facets),
				total: counts.total,
				page: query.page,
				pageSize: query.pageSize,
				engine: this.name,
			}
		}

		const matcher = matcherOf(plan, stems)
		return {
			hits: (row?.hits ?? []).map(({ document }) => hitOf(document, hasText ? matcher : undefined)),
			facets: facetCountsOf(row?.facets ?? []),
			total: row?.total ?? 0,
			page: query.page,
			pageSize: query.pageSize,
			engine: this.name,
		}
	}
}

/**
 * Per-code counts from the rows [facet name, misses, count, value] of
 * facetGroupsSql. A facet counts the rows that miss nothing or only its own
 * filter (disjunctive counts).
 */
export function facetCountsOf(groups: FacetGroup[]): SearchResult['facets'] {
	const counts: SearchResult['facets'] = {}
	for (const facet of facets) counts[facet.name] = {}
	for (const [name, misses, n, value] of groups) {
		const index = facets.findIndex((facet) => facet.name === name)
		const facet = facets[index]
		// A slot of a facet the definition no longer has, or rows without a value.
		if (!facet || value === null || (misses !== 0 && misses !== 1 << index)) continue
		const target = counts[facet.name]!
		target[value] = (target[value] ?? 0) + n
	}
	return counts
}

/** What the highlighter marks: the words, typo corrections, synonym words, the prefix and the stems. */
export function matcherOf(plan: ConceptPlan[], stems: string[]): WordMatcher {
	const words = new Set<string>()
	const prefixes: string[] = []
	for (const concept of plan) {
		for (const word of concept.words) {
			words.add(word.word)
			for (const correction of word.corrections) words.add(correction)
			// A one-letter prefix matches too much to be worth marking.
			if (word.prefix && word.word.length >= 2) prefixes.push(word.word)
		}
		for (const phrase of concept.synonyms) for (const word of phrase) words.add(word)
	}
	return { words, prefixes, stems }
}

export function hitOf(document: SearchDocument, matcher: WordMatcher | undefined): SearchHit {
	const highlights: SearchHit['highlights'] = {}
	if (matcher) {
		const name = highlightText(document.name, matcher)
		const organizationName = highlightText(document.organizationName, matcher)
		const summary = highlightText(document.summary, matcher)
		const description = highlightText(document.description, matcher, { crop: true })
		if (name) highlights.name = name
		if (organizationName) highlights.organizationName = organizationName
		if (summary) highlights.summary = summary
		if (description) highlights.description = description
	}
	return {
		id: document.id,
		ref: document.ref,
		type: document.type,
		slug: document.slug,
		name: document.name,
		summary: document.summary,
		highlights,
	}
}
