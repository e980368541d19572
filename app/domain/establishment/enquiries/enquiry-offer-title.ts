import type { Locale } from '~/i18n/locale.ts'
import { chooseOfferText } from '../offer-text.ts'

/** The title of the offer an enquiry is about, in the reader's language where it has one. */
export function enquiryOfferTitle(
	offer: { slug: string; titleEn: string | null; titleSv: string | null },
	locale: Locale,
): string {
	const texts = { ...offer, descriptionEn: null, descriptionSv: null, termsEn: null, termsSv: null }
	return chooseOfferText(texts, 'title', locale)?.text ?? offer.slug
}
