// A stored page as the rest of the domain reads it: the table's columns
// folded into one text per language (null where the language is not written).
import { locales } from '~/i18n/locale.ts'
import type { SitePage } from '~/generated/prisma/client.ts'
import { firstTexts } from './first-texts/index.ts'
import { fieldName, type SitePageKey, type SitePageText, type SitePageTexts } from './site-page-keys.ts'

export interface SitePageRecord {
	key: SitePageKey
	texts: SitePageTexts
	/** 0 for a page not stored yet; counts saves after that. */
	version: number
	/** When it was last saved; null for a page not stored yet. */
	updatedAt: Date | null
	/** Who saved it last; null for the portal's first text. */
	updatedById: string | null
}

export function textsOf(row: Pick<SitePage, 'titleEn' | 'leadEn' | 'bodyEn' | 'titleSv' | 'leadSv' | 'bodySv'>) {
	const textIn = (locale: (typeof locales)[number]): SitePageText | null => {
		const title = row[fieldName('title', locale)]
		if (!title) return null
		return { title, lead: row[fieldName('lead', locale)] ?? '', body: row[fieldName('body', locale)] ?? '' }
	}
	return Object.fromEntries(locales.map((locale) => [locale, textIn(locale)])) as SitePageTexts
}

/** The columns that hold a page's texts. */
export function columnsOf(texts: SitePageTexts) {
	return Object.fromEntries(
		locales.flatMap((locale) => {
			const text = texts[locale]
			return [
				[fieldName('title', locale), text?.title || null],
				[fieldName('lead', locale), text?.lead || null],
				[fieldName('body', locale), text?.body || null],
			]
		}),
	) as Record<ReturnType<typeof fieldName>, string | null>
}

export function recordOf(key: SitePageKey, row: SitePage): SitePageRecord {
	return { key, texts: textsOf(row), version: row.version, updatedAt: row.updatedAt, updatedById: row.updatedById }
}

/** A page nobody has stored yet: the first text, as the start-up would write it. */
export function firstTextRecord(key: SitePageKey): SitePageRecord {
	return { key, texts: firstTexts[key], version: 0, updatedAt: null, updatedById: null }
}
