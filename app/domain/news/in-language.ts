import type { Locale } from '~/i18n/locale.ts'

// A text the hub publishes in English and Swedish, at least one complete: the
// reader gets their own language when it is there, otherwise the other one
// with a note saying so ("Only in Swedish"), like listings (decision 029).

export interface InLanguage<Text> {
	text: Text
	/** The language the text is in. */
	locale: Locale
	/** Set when the reader's language was missing: the page says "Only in …". */
	onlyIn: Locale | null
}

export function inLanguage<Text>(reader: Locale, versions: Record<Locale, Text | null>): InLanguage<Text> | null {
	const own = versions[reader]
	if (own) return { text: own, locale: reader, onlyIn: null }
	const other: Locale = reader === 'en' ? 'sv' : 'en'
	const fallback = versions[other]
	return fallback ? { text: fallback, locale: other, onlyIn: other } : null
}
