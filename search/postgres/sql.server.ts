// SQL fragments of the PostgreSQL engine. Every user-derived value enters as a
// bound parameter (Prisma.sql placeholders); identifiers and keywords come only
// from the constants here and in index-definition.ts.
import { Prisma } from '~/generated/prisma/client.ts'
import { facets, type CodeRef, type FacetDefinition, type FacetName, type SearchWeight } from '../index-definition.ts'
import type { SearchDocument } from '../engine.ts'
import type { ConceptPlan } from './expand.ts'

export const CONFIGS = ['english', 'swedish', 'simple'] as const

/** Rank weights for D, C, B, A (ts_rank's order). */
export const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}'

/**
 * Text columns of the rows the engine writes, and how each is analysed.
 * searchVector (matching): names in both languages, labels in their own, free
 * text in the listing's language (`lang`), proper nouns and synonym-group
 * tokens in the simple configuration only; everything also in `simple`, so
 * exact words, prefixes and typo corrections match unstemmed. No positions:
 * nothing needs them and the GIN index answers alone.
 * rankVector (relevance): the name at weight A, organisation and tags at B,
 * small enough to rank every match. Label matches count through the listing's
 * codes instead (labelBoostSql), which costs no text at all.
 */
export const SEARCH_PARTS = {
	s_all: ['english', 'swedish', 'simple'],
	s_en: ['english', 'simple'],
	s_sv: ['swedish', 'simple'],
	s_lang: ['lang', 'simple'],
	s_simple: ['simple'],
} as const

export const RANK_PARTS = {
	r_a: { weight: 'A', configs: ['english', 'swedish', 'simple'] },
	r_a_simple: { weight: 'A', configs: ['simple'] },
	r_b: { weight: 'B', configs: ['simple'] },
	// Concept tokens by the strength of the evidence: held and stated, held only, stated only.
	r_concept_a: { weight: 'A', configs: ['simple'] },
	r_concept_b: { weight: 'B', configs: ['simple'] },
	r_concept_c: { weight: 'C', configs: ['simple'] },
} as const satisfies Record<string, { weight: SearchWeight; configs: readonly string[] }>

export type TextPart = keyof typeof SEARCH_PARTS | keyof typeof RANK_PARTS
export const TEXT_PARTS = [...Object.keys(SEARCH_PARTS), ...Object.keys(RANK_PARTS)] as TextPart[]

function partVector(alias: string, part: string, configs: readonly string[]): Prisma.Sql {
	const text = Prisma.raw(`${alias}."${part}"`)
	const vectors = configs.map((config) => {
		const regconfig =
			config === 'lang' ? Prisma.raw(`${alias}."lang"::regconfig`) : Prisma.raw(`'${config}'::regconfig`)
		return Prisma.sql`to_tsvector(${regconfig}, hub_unaccent(${text}))`
	})
	// Most parts are empty for most listings: skip the parser for them.
	return Prisma.sql`CASE WHEN ${text} = '' THEN ''::tsvector ELSE ${Prisma.join(vectors, ' || ')} END`
}

/** searchVector of a row of jsonb_to_recordset(…) AS alias with one column per part and `lang`. */
export function searchVectorSql(alias: string): Prisma.Sql {
	return Prisma.sql`strip(${Prisma.join(
		Object.entries(SEARCH_PARTS).map(([part, configs]) => partVector(alias, part, configs)),
		' || ',
	)})`
}

export function rankVectorSql(alias: string): Prisma.Sql {
	return Prisma.join(
		Object.entries(RANK_PARTS).map(
			([part, { weight, configs }]) =>
				Prisma.sql`setweight(${partVector(alias, part, configs)}, ${Prisma.raw(`'${weight}'`)})`,
		),
		' || ',
	)
}

function anyConfig(text: string): Prisma.Sql {
	const parts = CONFIGS.map(
		(config) => Prisma.sql`plainto_tsquery(${Prisma.raw(`'${config}'`)}::regconfig, hub_unaccent(${text}))`,
	)
	return Prisma.sql`(${Prisma.join(parts, ' || ')})`
}

function orAll(parts: Prisma.Sql[]): Prisma.Sql {
	return parts.length === 1 ? parts[0]! : Prisma.sql`(${Prisma.join(parts, ' || ')})`
}

function andAll(parts: Prisma.Sql[]): Prisma.Sql {
	return parts.length === 1 ? parts[0]! : Prisma.sql`(${Prisma.join(parts, ' && ')})`
}

/**
 * The tsquery of a plan: concepts AND-ed; a concept is its words (each in
 * every configuration, as a prefix when last, or as a typo correction) or a
 * token of its synonym groups. tsquery's || and && have equal SQL precedence,
 * hence the brackets. Words are letters and digits only (tokenize), so
 * `word:*` cannot carry tsquery syntax; all of them are bound parameters.
 * No phrase operators: GIN answers the whole query without re-reading rows.
 */
/**
 * For each concept, a bonus when the listing carries a taxonomy code whose
 * label, synonyms or code contain one of the concept's words (or the prefix).
 */
export function labelBoostSql(plan: ConceptPlan[], codesByWord: Map<string, CodeRef[]>, alias = 'd'): Prisma.Sql {
	const bonuses = plan.flatMap((concept) => {
		const refs: CodeRef[] = []
		for (const word of concept.words) {
			for (const candidate of [word.word, ...word.corrections]) refs.push(...(codesByWord.get(candidate) ?? []))
			if (word.prefix && word.word.length >= 3) {
				for (const [key, found] of codesByWord) if (key.startsWith(word.word)) refs.push(...found)
			}
		}
		if (!refs.length) return []
		const byAttribute = new Map<string, Set<string>>()
		for (const ref of refs) byAttribute.set(ref.attribute, (byAttribute.get(ref.attribute) ?? new Set()).add(ref.code))
		const conditions = [...byAttribute].map(([attribute, codes]) => {
			const facet = facets.find((f) => f.attribute === attribute)!
			return facetConditionSql(facet, [...codes].sort(), alias)
		})
		return [Prisma.sql`(CASE WHEN ${Prisma.join(conditions, ' OR ')} THEN ${LABEL_BONUS}::float4 ELSE 0 END)`]
	})
	return bonuses.length ? Prisma.join(bonuses, ' + ') : Prisma.sql`0::float4`
}

/** What a concept found in the labels adds to ts_rank (a name match alone gives about 0.6, one in tags about 0.25). */
const LABEL_BONUS = 0.15

/** One term of a query: a concept of words (any alternative of it), as a tsquery. */
export function termTsquerySql(concept: ConceptPlan): Prisma.Sql {
	const words = concept.words.map((word) => {
		const alternatives = [anyConfig(word.word)]
		// Quoted as one lexeme: unaccent turns some letters into punctuation ("ʻ" into an apostrophe), which
		// bare in to_tsquery's input is a syntax error (a 500 the fuzzer found).
		if (word.prefix)
			alternatives.push(
				Prisma.sql`to_tsquery('simple'::regconfig, '''' || replace(replace(hub_unaccent(${word.word}), '\\', ''), '''', '''''') || ''':*')`,
			)
		for (const correction of word.corrections)
			alternatives.push(Prisma.sql`plainto_tsquery('simple'::regconfig, ${correction})`)
		return orAll(alternatives)
	})
	const groups = concept.groups.map((token) => Prisma.sql`plainto_tsquery('simple'::regconfig, ${token})`)
	return orAll([andAll(words), ...groups])
}

/** A concept token (search/concepts.ts) as a tsquery: one word, letters only, never stemmed. */
export function tokenTsquerySql(token: string): Prisma.Sql {
	return Prisma.sql`plainto_tsquery('simple'::regconfig, ${token})`
}

/** Every term: the concepts AND-ed. */
export function tsquerySql(plan: ConceptPlan[]): Prisma.Sql {
	return andAll(plan.map(termTsquerySql))
}

/** All of the terms (strict), or any of them (relaxed: a count then keeps the rows with most). */
export function combinedTsquerySql(terms: Prisma.Sql[], mode: 'all' | 'any'): Prisma.Sql {
	return mode === 'all' ? andAll(terms) : orAll(terms)
}

/** Whether a row satisfies the filter of one facet: any of the chosen values (OR within a facet). */
export function facetConditionSql(facet: FacetDefinition, values: string[], alias = 'd'): Prisma.Sql {
	const column = Prisma.raw(`${alias}."${facet.attribute}"`)
	return facet.multi ? Prisma.sql`(${column} && ${values}::text[])` : Prisma.sql`(${column} = ANY(${values}::text[]))`
}

// ───────────────────────── facet counts ─────────────────────────

/**
 * Multi-valued facets (modalities, services, …) are packed: every code has a
 * slot (SearchFacetSlot, only ever added to), a document's facetPack is the
 * sum of 10^(PACK_DIGITS * slot) over its codes, and the sum of the packs of
 * any set of documents holds each code's count in its own PACK_DIGITS digits.
 * One numeric sum() over the matches thus counts every code of every packed
 * facet: no sort, no grouping by value combinations, and exact while a
 * generation holds fewer than 10^PACK_DIGITS (a hundred million) documents.
 * Single-valued facets (type, kind, city) are grouped by: a match has one
 * value of each, so the groups stay few and the packs narrow.
 */
export const PACK_DIGITS = 8
export const packedFacets = facets.filter((facet) => facet.multi)
export const groupedFacets = facets.filter((facet) => !facet.multi)
// Free-text codes are unbounded in number, and every new slot widens the packs.
if (packedFacets.some((facet) => !facet.vocabulary)) throw new Error('A multi-valued facet needs a vocabulary.')
/** Bits (of "misses") of the grouped facets. */
const groupedBits = groupedFacets.reduce((bits, facet) => bits | (1 << facets.indexOf(facet)), 0)

/** The slot keys of a document's packed facet codes, each once. */
export function facetKeysOf(document: Pick<SearchDocument, FacetDefinition['attribute']>): string[] {
	const keys = new Set<string>()
	for (const facet of packedFacets) {
		const value = document[facet.attribute]
		for (const code of Array.isArray(value) ? value : value ? [value] : []) keys.add(`${facet.name}:${code}`)
	}
	return [...keys]
}

/** Slots for keys that have none yet (no sequence number is spent on the others). Sorted, so concurrent writers cannot deadlock. */
export function addFacetSlotsSql(keys: string[]): Prisma.Sql {
	return Prisma.sql`
		INSERT INTO "SearchFacetSlot" ("key")
		SELECT k FROM unnest(${keys}::text[]) AS k
		WHERE NOT EXISTS (SELECT 1 FROM "SearchFacetSlot" s WHERE s."key" = k)
		ORDER BY k
		ON CONFLICT ("key") DO NOTHING`
}

/** The facetPack of a row whose column `keys` holds its slot keys (facetKeysOf). */
export function facetPackSql(keys: Prisma.Sql): Prisma.Sql {
	return Prisma.sql`(SELECT coalesce(sum(power(10::numeric, ${PACK_DIGITS}::int * s."slot")), 0)
		FROM "SearchFacetSlot" s WHERE s."key" = ANY(${keys}))`
}

/**
 * Facet counting over the CTE `base` of the matches (rows of "SearchDocument" d
 * that miss at most one filter; `misses` is the bitmask of the filters a row
 * fails, null without filters):
 * - columns: what base selects for counting;
 * - groups: a CTE named `groups`, one row per misses value and grouped values;
 * - total: the number of results;
 * - counts: a json array of [facet name, misses, count, value] for facetCountsOf.
 */
export function facetCountingSql(misses: Prisma.Sql | null) {
	const columns = groupedFacets.map((facet) => Prisma.raw(`"${facet.attribute}"`))
	const groupBy = Prisma.join([Prisma.raw('"misses"'), ...columns], ', ')
	const grouped = groupedFacets.map(
		(
			facet,
			index,
		) => Prisma.sql`SELECT ${facet.name}::text AS facet, "misses", sum(n)::int AS n, ${columns[index]!} AS value
			FROM groups GROUP BY "misses", ${columns[index]!}`,
	)
	// A row that fails only a grouped facet's filter counts only for that facet: its pack is not needed.
	const pack = misses
		? Prisma.sql`CASE WHEN (${misses}) & ${groupedBits} = 0 THEN d."facetPack" END`
		: Prisma.sql`d."facetPack"`
	const unit = Prisma.sql`power(10::numeric, ${PACK_DIGITS}::int * s."slot")`
	// Each packed code's digits, from the packs summed per misses value.
	const packed = Prisma.sql`SELECT split_part(c."key", ':', 1) AS facet, c."misses", c.n, substr(c."key", strpos(c."key", ':') + 1) AS value
		FROM (
			SELECT s."key", p."misses", mod(div(p.pack, ${unit}), power(10::numeric, ${PACK_DIGITS}::int))::int AS n
			FROM (SELECT "misses", sum(pack) AS pack FROM groups GROUP BY "misses") p CROSS JOIN "SearchFacetSlot" s
		) c WHERE c.n > 0`
	return {
		columns: Prisma.sql`${Prisma.join(
			groupedFacets.map((facet) => Prisma.raw(`d."${facet.attribute}"`)),
			', ',
		)}, ${pack} AS "facetPack"`,
		groups: Prisma.sql`groups AS (SELECT ${groupBy}, count(*)::int AS n, sum("facetPack") AS pack FROM base GROUP BY ${groupBy})`,
		total: Prisma.sql`(SELECT coalesce(sum(n), 0)::int FROM groups WHERE "misses" = 0)`,
		counts: Prisma.sql`(SELECT coalesce(json_agg(json_build_array(g.facet, g."misses", g.n, g.value)), '[]'::json)
			FROM (${Prisma.join([...grouped, packed], ' UNION ALL ')}) g)`,
	}
}

export interface FilterPlan {
	active: FacetDefinition[]
	values: Partial<Record<FacetName, string[]>>
	/** facetConditionSql of each active facet, in the same order. */
	conditions: Prisma.Sql[]
}

export function filterPlan(filters: Partial<Record<FacetName, string[]>>, alias = 'd'): FilterPlan {
	const active = facets.filter((facet) => (filters[facet.name]?.length ?? 0) > 0)
	return {
		active,
		values: filters,
		conditions: active.map((facet) => facetConditionSql(facet, filters[facet.name]!, alias)),
	}
}

/**
 * Rows that fail at most one of the filters (those disjunctive counts need),
 * as "of every two filters, one holds": unlike counting the misses, this lets
 * PostgreSQL narrow the matches with the facets' indexes (BitmapOr, BitmapAnd)
 * before it reads them. Null when there are fewer than two filters.
 */
export function atMostOneMissSql(conditions: Prisma.Sql[]): Prisma.Sql | null {
	const pairs = conditions.flatMap((first, i) =>
		conditions.slice(i + 1).map((second) => Prisma.sql`(${first} OR ${second})`),
	)
	return pairs.length ? Prisma.join(pairs, ' AND ') : null
}
