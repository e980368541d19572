import type { Settings } from 'meilisearch'
import { describe, expect, it } from 'vitest'
import { taxonomySynonyms } from '../index-definition.ts'
import { desiredSettings, managedSettings, settingsDiff } from './settings.ts'

// What a Meilisearch server reports after our settings were applied: its own
// defaults added, sets in its order, synonyms as stored.
function serverEcho(): Settings {
	const desired = desiredSettings()
	return {
		...desired,
		filterableAttributes: [...(desired.filterableAttributes as string[])].reverse(),
		sortableAttributes: [...(desired.sortableAttributes as string[])].reverse(),
		typoTolerance: { ...desired.typoTolerance, disableOnNumbers: false },
		faceting: { ...desired.faceting },
		pagination: { maxTotalHits: 1000 },
		synonyms: Object.fromEntries(Object.entries(desired.synonyms!).map(([k, v]) => [k, [...v].reverse()])),
		separatorTokens: [],
		nonSeparatorTokens: [],
		dictionary: [],
		searchCutoffMs: null,
		localizedAttributes: null,
		prefixSearch: 'indexingTime',
	}
}

describe('Meilisearch settings from the index definition', () => {
	const settings = desiredSettings()

	it('searches fields in order of importance and ranks like the PostgreSQL engine', () => {
		expect(settings.searchableAttributes).toEqual([
			'name',
			'conceptsNamed',
			'conceptsBoth',
			'conceptsTagged',
			'organizationName',
			'labelsEn',
			'labelsSv',
			'tags',
			'conceptsStated',
			'summary',
			'translatedSummary',
			'city',
			'campus',
			'description',
			'translatedDescription',
		])
		expect(settings.rankingRules).toEqual(['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'])
	})
	it('filters and facets on every facet attribute, sorts on name and time', () => {
		expect(settings.filterableAttributes).toEqual(
			expect.arrayContaining([
				'type',
				'modalities',
				'services',
				'phases',
				'grades',
				'licences',
				'kind',
				'city',
				'organizationId',
				'status',
				'visibility',
			]),
		)
		expect(settings.sortableAttributes).toEqual(expect.arrayContaining(['nameSort', 'updatedAtTs']))
	})
	it('tolerates typos by word length and caps totals and facet values', () => {
		expect(settings.typoTolerance).toMatchObject({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } })
		expect(settings.pagination).toEqual({ maxTotalHits: 1000 })
		expect(settings.faceting).toMatchObject({ maxValuesPerFacet: 200 })
	})
	it('uses the taxonomy synonyms in both directions', () => {
		expect(settings.synonyms).toBe(taxonomySynonyms())
		expect(settings.synonyms!.lvv).toContain('lentiviral vectors')
		expect(settings.synonyms!['lentiviral vectors']).toContain('lvv')
	})
})

describe('settings diff', () => {
	it('is empty when the server already has our settings (defaults it adds and set order do not count)', () => {
		expect(settingsDiff(serverEcho(), desiredSettings())).toEqual({})
	})

	it('sends everything to a fresh index', () => {
		const fresh: Settings = {
			searchableAttributes: ['*'],
			filterableAttributes: [],
			sortableAttributes: [],
			displayedAttributes: ['*'],
			rankingRules: ['words', 'typo', 'proximity', 'attributeRank', 'sort', 'wordPosition', 'exactness'],
			typoTolerance: {
				enabled: true,
				minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
				disableOnWords: [],
				disableOnAttributes: [],
			},
			synonyms: {},
			stopWords: [],
			distinctAttribute: null,
			pagination: { maxTotalHits: 1000 },
			faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
			proximityPrecision: 'byWord',
			facetSearch: true,
		}
		expect(Object.keys(settingsDiff(fresh, desiredSettings())).sort()).toEqual(
			[
				'facetSearch',
				'faceting',
				'filterableAttributes',
				'rankingRules',
				'searchableAttributes',
				'sortableAttributes',
				'synonyms',
				'typoTolerance',
			].sort(),
		)
	})

	it('matches concept tokens exactly, never with a typo', () => {
		expect(desiredSettings().typoTolerance?.disableOnAttributes).toEqual([
			'conceptsNamed',
			'conceptsBoth',
			'conceptsTagged',
			'conceptsStated',
		])
	})

	it('treats the order of searchable attributes and ranking rules as meaningful', () => {
		const current = serverEcho()
		current.searchableAttributes = [...(current.searchableAttributes as string[])].reverse()
		expect(Object.keys(settingsDiff(current, desiredSettings()))).toEqual(['searchableAttributes'])
		const ranking = serverEcho()
		ranking.rankingRules = ['typo', 'words', 'proximity', 'attribute', 'sort', 'exactness']
		expect(Object.keys(settingsDiff(ranking, desiredSettings()))).toEqual(['rankingRules'])
	})

	it('notices one changed synonym, typo rule or pagination limit, and sends only that', () => {
		const synonyms = serverEcho()
		synonyms.synonyms = { ...synonyms.synonyms, lvv: ['lentivirus'] }
		expect(settingsDiff(synonyms, desiredSettings())).toEqual({ synonyms: desiredSettings().synonyms })
		const typos = serverEcho()
		typos.typoTolerance = { ...typos.typoTolerance, minWordSizeForTypos: { oneTypo: 4, twoTypos: 9 } }
		expect(Object.keys(settingsDiff(typos, desiredSettings()))).toEqual(['typoTolerance'])
		const paging = serverEcho()
		paging.pagination = { maxTotalHits: 20 }
		expect(Object.keys(settingsDiff(paging, desiredSettings()))).toEqual(['pagination'])
		const missingSynonym = serverEcho()
		const { lvv: _dropped, ...rest } = missingSynonym.synonyms!
		missingSynonym.synonyms = rest
		expect(Object.keys(settingsDiff(missingSynonym, desiredSettings()))).toEqual(['synonyms'])
	})

	it('manages only its own keys', () => {
		const diff = settingsDiff({ ...serverEcho(), separatorTokens: ['§'], embedders: {} }, desiredSettings())
		expect(diff).toEqual({})
		expect(managedSettings).not.toContain('embedders')
	})

	it('turns off facet search, which the portal never uses and every write would pay for', () => {
		expect(desiredSettings().facetSearch).toBe(false)
		expect(settingsDiff({ ...serverEcho(), facetSearch: true }, desiredSettings())).toEqual({ facetSearch: false })
	})
})
