// What GET /api/v1/listings and GET /api/v1/listings/{ref} answer, as Zod
// schemas: the answers are typed by them, the OpenAPI document is generated
// from them, and the contract tests hold real answers against that document.
// Strict objects, so a field nobody described (a member-only e-mail) is a
// contract failure rather than a silent leak.
import { z } from 'zod'
import { locales } from '~/i18n/locale.ts'
import { listingTypes } from '../directory/types.ts'
import { highlightAttributes } from '../../../search/index-definition.ts'
import { capacityStates } from '../capacity/capacity-schema.ts'
import { searchFacetNames, searchSorts } from './search-params.ts'

const highlights = z
	.object(Object.fromEntries(highlightAttributes.map((field) => [field, z.string().optional()])))
	.strict()
	.describe(
		'HTML snippets of the fields the query matched: text escaped, matches wrapped in <mark>. Empty without a query.',
	)

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

const apiCapacitySchema = z
	.object({
		suites: z
			.array(
				z
					.object({
						name: z.string(),
						grade: z.string().nullable().describe('Cleanroom grade (A–D); null when none is given.'),
						windows: z
							.array(
								z
									.object({
										from: isoDate.describe('First day of the window (YYYY-MM-DD).'),
										to: isoDate.describe('Last day of the window, included.'),
										state: z.enum(capacityStates),
										note: z
											.string()
											.nullable()
											.describe("The facility's note, as its page shows it; null when there is none."),
									})
									.strict(),
							)
							.describe('The windows not yet over, by start date; windows of one suite never overlap.'),
					})
					.strict(),
			)
			.describe("The facility's suites in its own order."),
		freeRanges: z
			.array(
				z
					.object({
						from: isoDate,
						to: isoDate.nullable().describe('Last free day, included; null when free from `from` on.'),
					})
					.strict(),
			)
			.describe(
				'The free windows of every suite joined where they touch, without those already over (what `availableBy`, `availableFrom` and `availableTo` search). A facility without windows that gave an "available from" date is free from it on.',
			),
	})
	.strict()
	.describe("A GMP facility's capacity, as its page's calendar shows it.")

export const apiListingSchema = z
	.object({
		ref: z.string().describe('The stable interchange ref of the listing.'),
		type: z.enum(listingTypes),
		name: z.string(),
		summary: z.string().nullable().describe('The summary as the listing was written, in `language`.'),
		language: z.enum(locales).describe('The language the listing is written in (its `summary`), as an ISO 639-1 code.'),
		translatedSummary: z
			.string()
			.nullable()
			.describe(
				'The summary in the other language of the two (`translatedLanguage`), as the interchange format names it; null when the listing has none.',
			),
		translatedLanguage: z
			.enum(locales)
			.nullable()
			.describe('The language of `translatedSummary` (always the other one of `language`); null when there is none.'),
		highlights,
		url: z.string().url().describe("The listing's page on the portal (absolute)."),
		capacity: apiCapacitySchema.optional().describe('GMP facilities only: their suites and free ranges.'),
	})
	.strict()
	.describe('A public listing as visitors see it.')

export type ApiListing = z.infer<typeof apiListingSchema>

const count = z.number().int().min(0)

export const listingsPageSchema = z
	.object({
		hits: z.array(apiListingSchema),
		facets: z
			.object(Object.fromEntries(searchFacetNames.map((facet) => [facet, z.record(z.string(), count)])))
			.strict()
			.describe('For each filter: value → how many results choosing it would give.'),
		total: count.describe('How many listings match (the engine pages through at most the first thousand).'),
		page: z.number().int().min(1),
		pageSize: z.number().int().min(1),
		pageCount: z.number().int().min(1),
		sort: z.enum(searchSorts),
		degraded: z.boolean().describe('The preferred search engine is down and a simpler one answered.'),
		correctedQuery: z
			.string()
			.optional()
			.describe('The query as understood after correcting a typo; absent when nothing was corrected.'),
		partial: z.boolean().describe('No listing matched every part of the query; these match most of it.'),
	})
	.strict()
