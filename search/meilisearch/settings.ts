// The index definition as Meilisearch settings, and the difference between
// what a server has and what we want: configure() sends only the settings
// that differ, so a restart does not make Meilisearch re-index for nothing.
import type { Settings } from 'meilisearch'
import {
	conceptAttributes,
	filterableAttributes,
	MAX_VALUES_PER_FACET,
	pagination,
	rankingRules,
	searchableAttributes,
	sortableAttributes,
	taxonomySynonyms,
	typoTolerance,
} from '../index-definition.ts'

/** The settings keys this module owns; anything else on the index is left alone. */
export const managedSettings = [
	'searchableAttributes',
	'filterableAttributes',
	'sortableAttributes',
	'displayedAttributes',
	'rankingRules',
	'typoTolerance',
	'synonyms',
	'stopWords',
	'distinctAttribute',
	'pagination',
	'faceting',
	'proximityPrecision',
	'facetSearch',
] as const satisfies ReadonlyArray<keyof Settings>

export type ManagedSettings = Pick<Required<Settings>, (typeof managedSettings)[number]>

export function desiredSettings(synonyms: Record<string, string[]> = taxonomySynonyms()): ManagedSettings {
	return {
		searchableAttributes: searchableAttributes.map((a) => a.attribute),
		filterableAttributes: [...filterableAttributes].sort(),
		sortableAttributes: [...sortableAttributes].sort(),
		displayedAttributes: ['*'],
		rankingRules: [...rankingRules],
		typoTolerance: {
			enabled: true,
			minWordSizeForTypos: { oneTypo: typoTolerance.oneTypo, twoTypos: typoTolerance.twoTypos },
			disableOnWords: [],
			// Concept tokens match exactly: no typo makes one concept another.
			disableOnAttributes: [...conceptAttributes],
		},
		synonyms,
		stopWords: [],
		distinctAttribute: null,
		pagination: { maxTotalHits: pagination.maxTotalHits },
		faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
		proximityPrecision: 'byWord',
		// The portal never searches inside facet values; keeping their search structures up to date is indexing
		// work on every write for nothing.
		facetSearch: false,
	}
}

// Lists whose order carries meaning; every other list is compared as a set.
const orderedLists = new Set(['searchableAttributes', 'rankingRules'])

function canonical(value: unknown): string {
	if (typeof value === 'string') return value.toLowerCase()
	return JSON.stringify(value)
}

function sameList(current: unknown, desired: unknown[], ordered: boolean): boolean {
	if (!Array.isArray(current) || current.length !== desired.length) return false
	const a = current.map(canonical)
	const b = desired.map(canonical)
	if (!ordered) {
		a.sort()
		b.sort()
	}
	return a.every((value, index) => value === b[index])
}

/** Desired ⊆ current: keys the server adds (new defaults) do not count as a difference. */
function sameValue(current: unknown, desired: unknown, ordered: boolean): boolean {
	if (Array.isArray(desired)) return sameList(current, desired, ordered)
	if (desired !== null && typeof desired === 'object') {
		if (current === null || typeof current !== 'object' || Array.isArray(current)) return false
		return Object.entries(desired).every(([key, value]) =>
			sameValue((current as Record<string, unknown>)[key], value, false),
		)
	}
	return current === desired
}

function sameSynonyms(current: unknown, desired: Record<string, string[]>): boolean {
	if (current === null || typeof current !== 'object') return Object.keys(desired).length === 0
	const normalise = (map: Record<string, unknown>) =>
		Object.fromEntries(
			Object.entries(map).map(([key, values]) => [
				key.toLowerCase(),
				Array.isArray(values) ? values.map((v) => String(v).toLowerCase()).sort() : values,
			]),
		)
	const a = normalise(current as Record<string, unknown>)
	const b = normalise(desired)
	const keys = Object.keys(b)
	return Object.keys(a).length === keys.length && keys.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]))
}

/** The settings to send: only those that differ from what the server reports. */
export function settingsDiff(current: Settings, desired: ManagedSettings): Partial<ManagedSettings> {
	const diff: Record<string, unknown> = {}
	for (const key of managedSettings) {
		const want = desired[key]
		const have = current[key]
		const same =
			key === 'synonyms'
				? sameSynonyms(have, want as Record<string, string[]>)
				: sameValue(have, want, orderedLists.has(key))
		if (!same) diff[key] = want
	}
	return diff as Partial<ManagedSettings>
}
