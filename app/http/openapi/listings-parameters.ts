// The query parameters of GET /api/v1/listings, generated from the schema the
// search page and the API parse addresses with. The schema reads every
// parameter as a list of strings (a repeated parameter is multi-select) and
// checks values in refinements a JSON Schema cannot show, so the values each
// one takes are added from the same tables the refinements check against.
import { codesOf } from '~/taxonomy/taxonomy.ts'
import {
	facetVocabularies,
	searchFacetNames,
	searchLimits,
	searchQuerySchema,
	searchSorts,
	type SearchFacet,
} from '~/domain/search/search-params.ts'
import { jsonSchemaOf, type JsonSchema } from './json-schema.ts'

type ParameterName = keyof typeof searchQuerySchema.shape

export interface QueryParameter {
	name: string
	in: 'query'
	required: boolean
	description: string
	schema: JsonSchema
	style?: 'form'
	explode?: boolean
	example?: unknown
}

interface SingleValue {
	description: string
	/** What the one value may be, beyond "a string". */
	value: JsonSchema
	example?: string
}

const singleValued: Record<Exclude<ParameterName, SearchFacet>, SingleValue> = {
	q: {
		description: `Words to search for, in English or Swedish; typos are corrected. A period the words name ("next spring", "Q2 2027") is not matched as text: to keep facilities free then, set availableFrom and availableTo. Quotes and operators are plain words. Longer text is cut at ${searchLimits.maxQueryLength} characters.`,
		value: {},
		example: 'lentiviral vector',
	},
	sort: {
		description: 'Order of the results.',
		value: { enum: [...searchSorts], default: 'relevance' },
	},
	page: {
		description: 'Page of the results, from 1 (20 a page).',
		// The schema's own test: /^[1-9]\d{0,5}$/.
		value: { type: 'integer', minimum: 1, maximum: 999_999, default: 1 },
	},
	// Free capacity of GMP facilities (their suites' free windows; docs/decisions/042).
	availableBy: {
		description:
			'GMP facilities with a free capacity window that has started on or before this day and has not ended by it. A facility that keeps no windows but gave an "available from" date counts as free from that date on. Not together with availableFrom.',
		value: { format: 'date' },
		example: '2027-03-01',
	},
	availableFrom: {
		description:
			'GMP facilities with one free capacity window covering every day from this one to availableTo (or this day alone without availableTo).',
		value: { format: 'date' },
		example: '2027-03-01',
	},
	availableTo: {
		description: 'Last day of the period of availableFrom, not before it.',
		value: { format: 'date' },
		example: '2027-05-31',
	},
}

const facetDescriptions: Record<SearchFacet, string> = {
	type: 'Listing type.',
	modality: 'Therapy modality (taxonomy code).',
	service: 'Service offered (taxonomy code).',
	phase: 'Development phase supported (taxonomy code).',
	grade: 'Cleanroom grade (EU GMP).',
	licence: 'Licence held (taxonomy code).',
	kind: 'Kind of organisation (taxonomy code).',
	city: 'City, as written in the listing.',
}

const facetExamples: Partial<Record<SearchFacet, string>> = { type: 'facility' }

function facetValue(facet: SearchFacet): JsonSchema {
	const vocabulary = facetVocabularies[facet]
	return vocabulary ? { enum: codesOf(vocabulary) } : { maxLength: searchLimits.maxCityLength }
}

export function listingsQueryParameters(): QueryParameter[] {
	const shape = searchQuerySchema.shape
	return (Object.keys(shape) as ParameterName[]).map((name) => {
		const list = jsonSchemaOf(shape[name])
		const items = list.items as JsonSchema
		if (!(searchFacetNames as readonly string[]).includes(name)) {
			const single = singleValued[name as keyof typeof singleValued]
			return {
				name,
				in: 'query' as const,
				required: false,
				description: `${single.description} Only the first value counts.`,
				schema: { ...items, ...single.value },
				...(single.example ? { example: single.example } : {}),
			}
		}
		const facet = name as SearchFacet
		const example = facetExamples[facet]
		return {
			name,
			in: 'query' as const,
			required: false,
			description: `${facetDescriptions[facet]} Repeat the parameter for several values: a listing matches any of them; different filters must all match.`,
			style: 'form' as const,
			explode: true,
			schema: { ...list, maxItems: searchLimits.maxFilterValues, items: { ...items, ...facetValue(facet) } },
			...(example ? { example: [example] } : {}),
		}
	})
}
