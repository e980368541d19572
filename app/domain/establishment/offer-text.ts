// Which language of an offer a visitor reads: their own when the offer has
// it, else the one it has, marked so the page can say "Only in …" (the same
// note listings use). Pure, so cards, pages and tests agree.
import type { Locale } from '~/i18n/locale.ts'

export interface OfferTexts {
	titleEn: string | null
	titleSv: string | null
	descriptionEn: string | null
	descriptionSv: string | null
	termsEn: string | null
	termsSv: string | null
}

export type OfferTextPart = 'title' | 'description' | 'terms'

export interface ShownOfferText {
	text: string
	lang: Locale
	otherLanguage: boolean
}

export function chooseOfferText(offer: OfferTexts, part: OfferTextPart, visitor: Locale): ShownOfferText | null {
	const versions: Array<{ text: string | null; lang: Locale }> = [
		{ text: offer[`${part}En`], lang: 'en' },
		{ text: offer[`${part}Sv`], lang: 'sv' },
	]
	const present = versions.filter((version): version is { text: string; lang: Locale } => Boolean(version.text?.trim()))
	const chosen = present.find((version) => version.lang === visitor) ?? present[0]
	return chosen ? { text: chosen.text, lang: chosen.lang, otherLanguage: chosen.lang !== visitor } : null
}
