// The search page's and the search API's address format, both ways: one Zod
// schema reads URLSearchParams into a search query, and toSearchParams()
// (search-address.ts) writes a query back into an address for links (facet
// toggles, chips, pagination). Everything a search is made of lives in the
// URL, so a result page can be shared and the back button restores it.
//
// Browser code uses these modules too, and browser code may not import
// search/ (server-only). The engine's names and limits are therefore
// repeated in search-address.ts; tests/search/search-params.test.ts keeps
// them equal to search/index-definition.ts.
import { z } from 'zod'
import { codesOf, isCode } from '~/taxonomy/taxonomy.ts'
import {
	facetVocabularies,
	searchFacetNames,
	searchLimits,
	searchParameterNames,
	searchSorts,
	toSearchParams,
	type AvailabilityParameter,
	type SearchFacet,
	type SearchParamsProblemKind,
	type SearchParamsResult,
	type SearchSort,
	type SearchState,
} from './search-address.ts'

export * from './search-address.ts'

// Values are echoed in messages; a 5,000-character value would drown the message.
const quoted = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)

function knownValuesHint(values: readonly string[]): string {
	return values.length ? ` Known values: ${values.join(', ')}.` : ''
}

interface IssueParams {
	kind: SearchParamsProblemKind
	value?: string
	limit?: number
}

function fail(context: z.RefinementCtx, message: string, params: IssueParams): typeof z.NEVER {
	context.addIssue({ code: z.ZodIssueCode.custom, message, params })
	return z.NEVER
}

const values = z.array(z.string())

// NUL and the other control characters: PostgreSQL refuses NUL in text, and no value of ours has any.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f]+/

function facetValues(facet: SearchFacet) {
	const vocabulary = facetVocabularies[facet]
	return values.transform((raw, context) => {
		// Empty values come from forms ("any") and mean no filter.
		const distinct = [...new Set(raw.map((value) => value.trim()).filter(Boolean))]
		if (distinct.length > searchLimits.maxFilterValues) {
			return fail(context, `Parameter "${facet}" takes at most ${searchLimits.maxFilterValues} values.`, {
				kind: 'tooManyValues',
				limit: searchLimits.maxFilterValues,
			})
		}
		for (const value of distinct) {
			// A control character (a NUL byte above all) matches no code and no city; refused before it reaches the database.
			if ((vocabulary && !isCode(vocabulary, value)) || controlCharacters.test(value)) {
				return fail(
					context,
					`Unknown value ${quoted(value)} for parameter "${facet}".${vocabulary ? knownValuesHint(codesOf(vocabulary)) : ''}`,
					{ kind: 'unknownValue', value },
				)
			}
			if (!vocabulary && value.length > searchLimits.maxCityLength) {
				return fail(context, `Parameter "${facet}" must be at most ${searchLimits.maxCityLength} characters long.`, {
					kind: 'tooLong',
					value,
					limit: searchLimits.maxCityLength,
				})
			}
		}
		return distinct
	})
}

const facetShape = Object.fromEntries(searchFacetNames.map((facet) => [facet, facetValues(facet)])) as {
	[Facet in SearchFacet]: ReturnType<typeof facetValues>
}

/** Parameters as lists (repeated parameters are multi-select); parameters that are not ours, such as ?lang=, are left out. */
function collect(params: URLSearchParams): Record<string, string[]> {
	return Object.fromEntries([...searchParameterNames].map((name) => [name, params.getAll(name)]))
}

// Every date the hub keeps lies in 1900–2199 (interchange-fields.ts); so does any it searches for.
const EARLIEST_DATE = '1900-01-01'
const LATEST_DATE = '2199-12-31'

function isCalendarDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < EARLIEST_DATE || value > LATEST_DATE) return false
	return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value
}

/** One date written YYYY-MM-DD, or nothing (an empty form field). */
function availabilityDate(name: AvailabilityParameter) {
	return values.transform((raw, context): string | undefined => {
		const date = raw[0]?.trim() ?? ''
		if (date === '') return undefined
		if (isCalendarDate(date)) return date
		return fail(
			context,
			`Parameter "${name}" must be a date written YYYY-MM-DD between ${EARLIEST_DATE} and ${LATEST_DATE}, not ${quoted(date)}.`,
			{ kind: 'badDate', value: date },
		)
	})
}

/** The search's query parameters, each read as the list of its values; the API's description is generated from it. */
export const searchQuerySchema = z.object({
	// Text is never refused: quotes, OR, = and the like are just words to the engine.
	// Control characters are not words; dropped so that they never reach the database.
	q: values.transform((raw) =>
		(raw[0] ?? '').split(controlCharacters).join(' ').slice(0, searchLimits.maxQueryLength).trim(),
	),
	sort: values.transform((raw, context): SearchSort => {
		const sort = raw[0]?.trim() || 'relevance'
		if ((searchSorts as readonly string[]).includes(sort)) return sort as SearchSort
		return fail(context, `Unknown value ${quoted(sort)} for parameter "sort".${knownValuesHint(searchSorts)}`, {
			kind: 'unknownValue',
			value: sort,
		})
	}),
	page: values.transform((raw, context) => {
		const page = raw[0]?.trim() ?? ''
		if (page === '') return 1
		if (/^[1-9]\d{0,5}$/.test(page)) return Number(page)
		return fail(context, `Parameter "page" must be a whole number from 1, not ${quoted(page)}.`, {
			kind: 'badPage',
			value: page,
		})
	}),
	...facetShape,
	availableBy: availabilityDate('availableBy'),
	availableFrom: availabilityDate('availableFrom'),
	availableTo: availabilityDate('availableTo'),
})

export const searchParamsSchema = z.preprocess(
	(input) => (input instanceof URLSearchParams ? collect(input) : input),
	searchQuerySchema
		.superRefine(({ availableBy, availableFrom, availableTo }, context) => {
			if (availableBy && (availableFrom || availableTo))
				context.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['availableBy'],
					message: 'Give either "availableBy" or "availableFrom" (with "availableTo"), not both.',
					params: { kind: 'badDate', value: availableBy } satisfies IssueParams,
				})
			else if (availableFrom && availableTo && availableTo < availableFrom)
				context.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['availableTo'],
					message: 'Parameter "availableTo" must not be before "availableFrom".',
					params: { kind: 'badDate', value: availableTo } satisfies IssueParams,
				})
		})
		.transform(({ q, sort, page, availableBy, availableFrom, availableTo, ...facets }): SearchState => {
			const filters: SearchState['filters'] = {}
			for (const facet of searchFacetNames) {
				if (facets[facet].length) filters[facet] = facets[facet]
			}
			const availability = Object.fromEntries(
				Object.entries({ availableBy, availableFrom, availableTo }).filter(([, date]) => date !== undefined),
			) as SearchState['availability']
			return { q, filters, ...(Object.keys(availability ?? {}).length ? { availability } : {}), sort, page }
		}),
)

/** Reads an address's query string into a search, or says which parameter is wrong and why. */
export function parseSearchParams(params: URLSearchParams): SearchParamsResult {
	const parsed = searchParamsSchema.safeParse(params)
	if (parsed.success) return { success: true, query: parsed.data }
	const issue = parsed.error.issues[0]
	const details = (issue && 'params' in issue ? issue.params : undefined) as IssueParams | undefined
	const parameter = String(issue?.path[0] ?? 'query')
	return {
		success: false,
		problem: {
			parameter,
			kind: details?.kind ?? 'unknownValue',
			message: details ? issue!.message : `Parameter "${parameter}" is not valid.`,
			...(details?.value !== undefined ? { value: details.value } : {}),
			...(details?.limit !== undefined ? { limit: details.limit } : {}),
		},
	}
}

export function canonicalSearchParams(submitted: URLSearchParams): URLSearchParams {
	const parsed = parseSearchParams(submitted)
	// An invalid submission goes through as it is: the server explains what is wrong.
	return parsed.success ? toSearchParams(parsed.query, submitted) : submitted
}
