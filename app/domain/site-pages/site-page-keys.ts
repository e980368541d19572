// The hub's own pages: which there are, where they live, and how long their
// texts may be. Shared by the domain, the routes and the browser's form check.
import type { Locale } from '~/i18n/locale.ts'

export const sitePageKeys = ['about', 'contact', 'privacy'] as const
export type SitePageKey = (typeof sitePageKeys)[number]

export function isSitePageKey(value: unknown): value is SitePageKey {
	return typeof value === 'string' && (sitePageKeys as readonly string[]).includes(value)
}

/** Each page's public address; the key is its path without the slash. */
export function sitePagePath(key: SitePageKey): `/${SitePageKey}` {
	return `/${key}`
}

/** Where a coordinator edits the page. */
export function sitePageEditPath(key: SitePageKey): string {
	return `/coordinator/pages/${key}`
}

// A title fits a browser tab and a search result; a lead is a short paragraph
// (also the meta description); a body holds a whole privacy notice with room to spare.
export const sitePageLimits = { title: 120, lead: 400, body: 30_000 } as const

/** One language's text of a page; a language whose title is missing is not written yet. */
export interface SitePageText {
	title: string
	lead: string
	body: string
}

export type SitePageTexts = Record<Locale, SitePageText | null>

export const sitePageTextFields = ['title', 'lead', 'body'] as const
export type SitePageTextField = (typeof sitePageTextFields)[number]

/** The form's and the table's name of one language's field: titleEn, bodySv, … */
export function fieldName(field: SitePageTextField, locale: Locale): `${SitePageTextField}${'En' | 'Sv'}` {
	return `${field}${locale === 'sv' ? 'Sv' : 'En'}`
}
