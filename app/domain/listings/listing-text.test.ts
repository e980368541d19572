import { describe, expect, it } from 'vitest'
import { chooseListingText } from './listing-text.ts'

const english = {
	contentLocale: 'en',
	summary: 'GMP cleanrooms for cell therapy.',
	description: 'Grade B suites with QC on site.',
}

describe('chooseListingText', () => {
	it('shows a Swedish visitor the Swedish version of an English listing', () => {
		const listing = {
			...english,
			translatedSummary: 'GMP-renrum för cellterapi.',
			translatedDescription: 'Renrum klass B.',
		}
		expect(chooseListingText(listing, 'summary', 'sv')).toEqual({
			text: 'GMP-renrum för cellterapi.',
			lang: 'sv',
			otherLanguage: false,
			field: 'translatedSummary',
		})
		expect(chooseListingText(listing, 'description', 'sv')).toMatchObject({ text: 'Renrum klass B.', lang: 'sv' })
	})

	it.each([
		['the English text, marked as English, to a Swedish visitor when there is no Swedish version', english, 'sv', true],
		[
			'an English visitor the listing’s own English text, not the translation',
			{ ...english, translatedSummary: 'GMP-renrum för cellterapi.' },
			'en',
			false,
		],
	] as const)('shows %s', (_, listing, visitor, otherLanguage) => {
		expect(chooseListingText(listing, 'summary', visitor)).toEqual({
			text: 'GMP cleanrooms for cell therapy.',
			lang: 'en',
			otherLanguage,
			field: 'summary',
		})
	})

	it('chooses each part on its own: a translated summary does not make the description Swedish', () => {
		const listing = { ...english, translatedSummary: 'GMP-renrum för cellterapi.' }
		expect(chooseListingText(listing, 'description', 'sv')).toMatchObject({ lang: 'en', otherLanguage: true })
	})

	it('shows an English visitor a Swedish listing’s English version, and its Swedish text with the note without one', () => {
		const swedish = { contentLocale: 'sv', summary: 'Virala vektorer i Flemingsberg.', translatedSummary: '' }
		expect(chooseListingText(swedish, 'summary', 'en')).toMatchObject({ lang: 'sv', otherLanguage: true })
		expect(
			chooseListingText({ ...swedish, translatedSummary: 'Viral vectors in Flemingsberg.' }, 'summary', 'en'),
		).toMatchObject({ text: 'Viral vectors in Flemingsberg.', lang: 'en', otherLanguage: false })
	})

	it('falls back to the translation when only it is filled in, and to nothing when neither is', () => {
		expect(
			chooseListingText({ contentLocale: 'en', translatedSummary: 'Bara svenska.' }, 'summary', 'en'),
		).toMatchObject({ text: 'Bara svenska.', lang: 'sv', otherLanguage: true })
		expect(
			chooseListingText({ contentLocale: 'sv', summary: null, translatedSummary: '  ' }, 'summary', 'sv'),
		).toBeNull()
	})
})
