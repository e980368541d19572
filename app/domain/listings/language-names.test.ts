import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { languagesAsNames, languageCodeOf, readLanguages } from './language-names.ts'

const nameIn = (locale: string, code: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(code)!

// Languages an expert in the hub writes, with their names in English, Swedish and their own.
const codes = [
	'sv',
	'en',
	'de',
	'fr',
	'fi',
	'es',
	'it',
	'nl',
	'da',
	'nb',
	'pl',
	'ar',
	'fa',
	'zh',
	'ja',
	'ru',
	'pt',
	'el',
]
const known = codes.flatMap((code) =>
	[nameIn('en', code), nameIn('sv', code), nameIn(code, code), code].map((name) => ({ code, name })),
)

describe('readLanguages', () => {
	it.each([
		['svenska, engelska', ['sv', 'en']],
		['Swedish; English', ['sv', 'en']],
		['sv, en', ['sv', 'en']],
		['sv en', ['sv', 'en']],
		['English and German', ['en', 'de']],
		['finska och svenska', ['fi', 'sv']],
		['Deutsch', ['de']],
		['français', ['fr']],
		['Francais', ['fr']],
		['English/Spanish & Italian', ['en', 'es', 'it']],
		['Norwegian Bokmål', ['nb']],
		['Swedish, swedish, SV', ['sv']],
	])('reads %j as %j', (typed, expected) => {
		expect(readLanguages(typed)).toEqual({ codes: expected, unknown: [] })
	})

	it('names every word it does not know, as typed', () => {
		expect(readLanguages('svenska, klingon, Elvish')).toEqual({ codes: ['sv'], unknown: ['klingon', 'Elvish'] })
		// "or" is a language code (Odia), but "Swedish or English" is no list of codes.
		expect(readLanguages('Swedish or English').unknown).toEqual(['Swedish or English'])
	})

	it('knows the names of every ISO 639-1 language the platform can name', () => {
		for (const code of ['sv', 'en', 'se', 'fy', 'yo', 'cy', 'eu']) {
			expect(languageCodeOf(nameIn('en', code))).toBe(code)
			expect(languageCodeOf(nameIn('sv', code))).toBe(code)
		}
	})

	it('reads any list of known names back to their codes, in any case, spacing and separator', () => {
		const separator = fc.constantFrom(',', ';', ' and ', ' och ', '/', '&', '\n', ' , ', ';  ')
		const casing = fc.constantFrom(
			(text: string) => text,
			(text: string) => text.toUpperCase(),
			(text: string) => text.toLowerCase(),
		)
		const entry = fc.record({ language: fc.constantFrom(...known), casing, pad: fc.constantFrom('', ' ', '  ') })
		fc.assert(
			fc.property(
				fc.array(entry, { minLength: 1, maxLength: 6 }),
				fc.array(separator, { minLength: 6, maxLength: 6 }),
				(entries, separators) => {
					const typed = entries
						.map(
							({ language, casing, pad }, index) =>
								`${index ? separators[index]! : ''}${pad}${casing(language.name)}${pad}`,
						)
						.join('')
					expect(readLanguages(typed)).toEqual({
						codes: [...new Set(entries.map(({ language }) => language.code))],
						unknown: [],
					})
				},
			),
		)
	})

	it('answers anything at all with codes and unknown words, never by throwing', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (typed) => {
				const read = readLanguages(typed)
				expect(read.codes.every((code) => /^[a-z]{2}$/.test(code))).toBe(true)
				expect(read.unknown.every((word) => word.trim() !== '')).toBe(true)
			}),
		)
	})
})

describe('languagesAsNames', () => {
	it('writes stored codes as names in the reader’s language and keeps what was typed', () => {
		const swedish = (code: string) => nameIn('sv', code)
		expect(languagesAsNames('sv, en', swedish)).toBe('svenska, engelska')
		expect(languagesAsNames('sv, klingon', swedish)).toBe('svenska, klingon')
		const read = readLanguages(languagesAsNames('sv, en, de', (code) => nameIn('en', code)))
		expect(read.codes).toEqual(['sv', 'en', 'de'])
	})
})
