// The statement a PostgreSQL search runs: which rows match (all the query's
// terms, or at least a minimum of them), which pass each facet's filter, their
// total and disjunctive facet counts, their ranking and the page. It comes in
// parts, so that a browse without text can take cached counts and a fresh page.
import { Prisma } from '~/generated/prisma/client.ts'
import type { NormalizedSearchQuery, SearchDocument } from '../engine.ts'
import { facets, pagination, taxonomyCodesByWord } from '../index-definition.ts'
import type { ConceptPlan } from './expand.ts'
import type { FacetGroup } from './results.ts'
import {
	atMostOneMissSql,
	combinedTsquerySql,
	facetCountingSql,
	filterPlan,
	labelBoostSql,
	RANK_WEIGHTS,
} from './sql.server.ts'

/** The query's terms as SQL: its words (concepts of words) and its concept tokens; `minimum` when not all are required. */
export interface TextQuery {
	wordPlan: ConceptPlan[]
	terms: Prisma.Sql[]
	minimum?: number
}

/** What a statement returns: the total, the page's documents and the facet groups. */
export interface RawRow {
	total: number
	hits: Array<{ id: string; document: SearchDocument }>
	facets: FacetGroup[]
}

export interface RawSearchRow extends RawRow {
	wordPlan: ConceptPlan[]
}

/** The parts of the statement for `query`, over the rows of `generation` (SQL naming the serving generation). */
export function searchStatement(query: NormalizedSearchQuery, text: TextQuery, generation: Prisma.Sql) {
	const hasText = text.terms.length > 0
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
	// How many terms a row holds: only asked when not every term is required.
	const held = Prisma.sql`(SELECT count(*) FROM unnest((SELECT "terms" FROM q)) AS t("term") WHERE d."searchVector" @@ t."term")`
	// Ranking reads each match's rankVector: only when the order needs it, and
	// only for results (rows kept for another facet's counts are never shown).
	const ranked = hasText && query.sort === 'relevance'
	const relevance = Prisma.sql`ts_rank(${RANK_WEIGHTS}::float4[], d."rankVector", (SELECT "rank" FROM q)) + ${labelBoostSql(text.wordPlan, taxonomyCodesByWord())}${
		text.minimum ? Prisma.sql` + ${held}::float4` : Prisma.empty
	}`
	const rank = !ranked
		? Prisma.sql`0::float4`
		: filters.active.length
			? Prisma.sql`CASE WHEN (${misses}) = 0 THEN ${relevance} ELSE 0::float4 END`
			: relevance
	// A query for a supplier breaks ties by kind, as Meilisearch's sort rule does after its relevance
	// rules (SUPPLIERS_FIRST): organisations, labs and facilities before people. A query that is only
	// that ("supplier", "leverantör") has no rank to break: the kinds come first, then the names.
	const suppliersFirst = query.sort === 'relevance' && query.plan?.suppliersFirst === true
	// The same order for the page's rows and for its documents (`p.`), which are read after them.
	const orderBy = (alias: string) => {
		const column = (name: string) => Prisma.raw(`${alias}"${name}"`)
		if (query.sort === 'updated') return Prisma.sql`${column('updatedAt')} DESC, ${column('id')}`
		const ranks = [
			...(ranked ? [Prisma.sql`${column('rank')} DESC`] : []),
			...(suppliersFirst ? [Prisma.sql`${column('listingType')} DESC`] : []),
		]
		return Prisma.join([...ranks, column('nameSort'), column('id')], ', ')
	}
	const order = orderBy('')
	const pageOrder = orderBy('p.')
	const typeColumn = suppliersFirst ? Prisma.sql`, "listingType"` : Prisma.empty
	const typeOfRow = suppliersFirst ? Prisma.sql`, d."type" AS "listingType"` : Prisma.empty
	const atMostOneMiss = atMostOneMissSql(filters.conditions)
	// A visitor's query never reaches a members-only row: not in the page, the total or any count.
	const audienceScope = query.audience === 'members' ? Prisma.empty : Prisma.sql` AND d."visibility" = 'public'`
	// Free capacity is no facet: a listing without a free range covering the period is in no count either.
	const scope = query.available
		? Prisma.sql`${audienceScope} AND d."freeRanges" @> daterange(${query.available.from}::date, ${query.available.to}::date, '[]')`
		: audienceScope
	const counting = facetCountingSql(filters.active.length ? misses : null)

	const pageSql = Prisma.sql`
		SELECT ${hasText ? Prisma.sql`"id", "rank", "nameSort", "updatedAt"${typeColumn}` : Prisma.sql`d."id", 0::float4 AS "rank", d."nameSort", d."updatedAt"${typeOfRow}`}
		FROM ${
			hasText
				? Prisma.sql`base WHERE "misses" = 0`
				: // Without text the order comes from an index on (generation, nameSort | updatedAt).
					Prisma.sql`"SearchDocument" d WHERE d."generation" = ${generation}${scope}${
						filters.active.length ? Prisma.sql` AND ${Prisma.join(filters.conditions, ' AND ')}` : Prisma.empty
					}`
		}
		-- A plain ORDER BY … LIMIT lets PostgreSQL keep only the top rows (no full sort).
		ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}`
	const hitsSql = Prisma.sql`(SELECT coalesce(json_agg(json_build_object('id', p."id", 'document', sd."document") ORDER BY ${pageOrder}), '[]'::json)
		FROM page p JOIN "SearchDocument" sd ON sd."generation" = ${generation} AND sd."id" = p."id")`
	const textSql = hasText
		? Prisma.sql`${combinedTsquerySql(text.terms, text.minimum ? 'any' : 'all')} AS "match",
			${combinedTsquerySql(text.terms, 'any')} AS "rank",
			ARRAY[${Prisma.join(text.terms)}]::tsquery[] AS "terms"`
		: Prisma.sql`NULL::tsquery AS "match", NULL::tsquery AS "rank", NULL::tsquery[] AS "terms"`
	const baseSql = Prisma.sql`q AS MATERIALIZED (SELECT ${textSql}),
		base AS MATERIALIZED (
			SELECT d."id", d."nameSort", d."updatedAt"${typeOfRow}, ${rank} AS "rank", ${counting.columns},
				${misses} AS "misses"
			FROM "SearchDocument" d
			WHERE d."generation" = ${generation}${scope}
				${hasText ? Prisma.sql`AND d."searchVector" @@ (SELECT "match" FROM q)` : Prisma.empty}
				${text.minimum ? Prisma.sql`AND ${held} >= ${text.minimum}` : Prisma.empty}
				${atMostOneMiss ? Prisma.sql`AND ${atMostOneMiss}` : Prisma.empty}
		), ${counting.groups}`
	const countsSql = Prisma.sql`${counting.total} AS total, ${counting.counts} AS facets`
	return { hasText, pageSql, hitsSql, baseSql, countsSql }
}
