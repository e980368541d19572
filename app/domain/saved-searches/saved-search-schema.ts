import { z } from 'zod'
import { message } from '../messages.ts'
import { parseSearchParams, toSearchParams } from '../search/search-params.ts'

// One schema per input of saved searches, shared by the save form on the
// search pages, the account page's forms and the tests.

export const alertFrequencies = ['immediately', 'daily', 'weekly', 'off'] as const
export type AlertFrequency = (typeof alertFrequencies)[number]

/** Enough for every question a member keeps asking; more would be a mailing list of their own. */
export const SAVED_SEARCHES_PER_USER = 25
export const SAVED_SEARCH_NAME_MAX = 100
/** The pages a search lives on: /search and the directory's lists, whose path fixes the listing type. */
export const savedSearchPaths = ['/search', '/organizations', '/labs', '/facilities', '/experts'] as const
export type SavedSearchPath = (typeof savedSearchPaths)[number]

/**
 * A search's query string in its one canonical form (no page, no ?lang=),
 * or null when it is not a search the search page would run.
 */
export function canonicalSearchQuery(raw: string): string | null {
	const parsed = parseSearchParams(new URLSearchParams(raw.replace(/^\?/, '')))
	if (!parsed.success) return null
	return toSearchParams({ ...parsed.query, page: 1 }).toString()
}

const frequency = z.enum(alertFrequencies, { errorMap: () => ({ message: message('alerts.check.frequency') }) })

export const saveSearchSchema = z.object({
	name: z
		.string()
		.trim()
		.max(SAVED_SEARCH_NAME_MAX, message('alerts.check.nameTooLong', { max: SAVED_SEARCH_NAME_MAX }))
		.optional()
		.transform((value) => value || undefined),
	query: z
		.string()
		.max(4000, message('alerts.check.query'))
		.optional()
		.transform((value, context) => {
			const canonical = canonicalSearchQuery(value ?? '')
			if (canonical === null) {
				context.addIssue({ code: z.ZodIssueCode.custom, message: message('alerts.check.query') })
				return z.NEVER
			}
			return canonical
		}),
	path: z.enum(savedSearchPaths, { errorMap: () => ({ message: message('alerts.check.query') }) }).default('/search'),
	frequency: frequency.default('daily'),
})
export type SaveSearchInput = z.output<typeof saveSearchSchema>

export const updateSavedSearchSchema = z.object({
	id: z.string().uuid(message('alerts.check.notFound')),
	name: z
		.string({ required_error: message('alerts.check.nameRequired') })
		.trim()
		.min(1, message('alerts.check.nameRequired'))
		.max(SAVED_SEARCH_NAME_MAX, message('alerts.check.nameTooLong', { max: SAVED_SEARCH_NAME_MAX })),
	frequency,
})
export type UpdateSavedSearchInput = z.output<typeof updateSavedSearchSchema>

export const deleteSavedSearchSchema = z.object({ id: z.string().uuid(message('alerts.check.notFound')) })
