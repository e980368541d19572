// A page's hits as both engines return them: the fields shown, HTML-safe
// highlights, and how the listing matched each concept of the query.
import { statedConcepts, type StatedConcept } from '~/taxonomy/concepts.ts'
import { stemToken } from '~/taxonomy/morphology.ts'
import { tokenize } from '~/utils/text.ts'
import { conceptMatches, conceptToken } from './concepts.ts'
import type { NormalizedSearchQuery, SearchDocument, SearchHit } from './engine.ts'
import { highlightText, type WordMatcher } from './highlight.ts'

// Matches and highlights read the same texts, and the listings on a first
// page recur from query to query: remember what the last few thousand texts
// state (least recently used go first).
const READ_TEXTS = 4000
const statedByText = new Map<string, readonly StatedConcept[]>()

function statedOf(text: string): readonly StatedConcept[] {
	let stated = statedByText.get(text)
	if (stated) statedByText.delete(text)
	else stated = statedConcepts(text)
	statedByText.set(text, stated)
	if (statedByText.size > READ_TEXTS) statedByText.delete(statedByText.keys().next().value!)
	return stated
}

/** A matcher for what a query asked: its words, the engine's corrections, its prefix, stems, and its concepts. */
export function queryMatcher(
	query: Pick<NormalizedSearchQuery, 'q' | 'plan'>,
	found: { words?: Iterable<string>; prefixes?: string[]; stems?: string[] } = {},
): WordMatcher {
	const words = new Set<string>(found.words ?? [])
	const plan = query.plan
	for (const word of plan ? plan.words : tokenize(query.q)) words.add(word)
	return {
		words,
		prefixes: found.prefixes ?? [],
		stems: found.stems ?? [],
		...(plan?.concepts.length
			? {
					concepts: {
						keys: new Set(plan.concepts),
						typed: new Set([...(plan.conceptWords ?? tokenize(query.q)), ...plan.words].map(stemToken)),
					},
				}
			: {}),
	}
}

export function hitOf(
	document: SearchDocument,
	queryMatcher: WordMatcher | undefined,
	concepts: readonly string[] = [],
): SearchHit {
	// Only a listing whose own words name a concept of the query needs its text read for them.
	const statesOne =
		concepts.length > 0 &&
		concepts.some((key) => {
			const token = conceptToken(key)
			return document.conceptsBoth?.includes(token) || document.conceptsStated?.includes(token)
		})
	const matcher = queryMatcher?.concepts
		? statesOne
			? { ...queryMatcher, concepts: { ...queryMatcher.concepts, statedOf } }
			: { ...queryMatcher, concepts: undefined }
		: queryMatcher
	const highlights: SearchHit['highlights'] = {}
	if (matcher) {
		const name = highlightText(document.name, matcher)
		const organizationName = highlightText(document.organizationName, matcher)
		const summary = highlightText(document.summary, matcher)
		const description = highlightText(document.description, matcher, { crop: true })
		const translatedSummary = highlightText(document.translatedSummary, matcher)
		const translatedDescription = highlightText(document.translatedDescription, matcher, { crop: true })
		if (name) highlights.name = name
		if (organizationName) highlights.organizationName = organizationName
		if (summary) highlights.summary = summary
		if (description) highlights.description = description
		if (translatedSummary) highlights.translatedSummary = translatedSummary
		if (translatedDescription) highlights.translatedDescription = translatedDescription
	}
	return {
		id: document.id,
		ref: document.ref,
		type: document.type,
		slug: document.slug,
		name: document.name,
		summary: document.summary,
		contentLocale: document.contentLocale,
		translatedSummary: document.translatedSummary ?? null,
		highlights,
		...(concepts.length ? { matches: conceptMatches(document, concepts, statesOne ? statedOf : () => []) } : {}),
	}
}
