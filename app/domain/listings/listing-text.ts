// Which of a listing's two languages a visitor reads. A listing is written in
// one language (contentLocale) and may carry its summary and description in
// the other one too; every page and card asks here, so a visitor sees the
// same choice everywhere, and a text in the other language always says so.
// Pure: components call it with the visitor's language.
import { isLocale, type Locale } from '~/i18n/locale.ts'

export interface ListingTexts {
	/** The language of summary and description; the translated texts are in the other one. */
	contentLocale: string
	summary?: string | null
	description?: string | null
	translatedSummary?: string | null
	translatedDescription?: string | null
}

export type ListingTextPart = 'summary' | 'description'

export interface ShownText {
	text: string
	/** The language the text is written in, for its `lang` attribute. */
	lang: Locale
	/** Not the visitor's language: the page says it is only in `lang`. */
	otherLanguage: boolean
	/** Where the text came from, to find a search hit's highlight of it. */
	field: ListingTextPart | 'translatedSummary' | 'translatedDescription'
}

const translatedField = { summary: 'translatedSummary', description: 'translatedDescription' } as const

export function otherLocale(locale: Locale): Locale {
	return locale === 'sv' ? 'en' : 'sv'
}

function present(text: string | null | undefined): text is string {
	return typeof text === 'string' && text.trim() !== ''
}

/**
 * The summary or description to show a visitor reading `visitor`: the text in
 * their language when the listing has it, else the one it has, marked as
 * being in the other language. Null when the listing has neither.
 */
export function chooseListingText(listing: ListingTexts, part: ListingTextPart, visitor: Locale): ShownText | null {
	const written: Locale = isLocale(listing.contentLocale) ? listing.contentLocale : 'en'
	const versions = [
		{ text: listing[part], lang: written, field: part },
		{ text: listing[translatedField[part]], lang: otherLocale(written), field: translatedField[part] },
	]
	const available = versions.filter((version) => present(version.text))
	const chosen = available.find((version) => version.lang === visitor) ?? available[0]
	if (!chosen || !present(chosen.text)) return null
	return { text: chosen.text, lang: chosen.lang, otherLanguage: chosen.lang !== visitor, field: chosen.field }
}
