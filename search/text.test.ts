import { describe, expect, it } from 'vitest'
import { highlightText, markedToHighlight, type WordMatcher } from './highlight.ts'
import {
	editDistance,
	escapeHtml,
	foldText,
	MARK_END,
	MARK_START,
	markersToHtml,
	stripControlCharacters,
	tokenize,
	typoCost,
} from './text.ts'

describe('folding and tokens', () => {
	it('folds case and diacritics like unaccent', () => {
		expect(foldText('Rådgivning ÄÖ Ørsted Æble Straße Łódź')).toBe('radgivning ao orsted aeble strasse lodz')
	})
	it('keeps only letters and digits, so no token carries syntax', () => {
		expect(tokenize(`CAR-T "QC" & release OR type = 'lab' :* <-> CD19`)).toEqual([
			'car',
			't',
			'qc',
			'release',
			'or',
			'type',
			'lab',
			'cd19',
		])
		expect(tokenize('')).toEqual([])
		expect(tokenize('x'.repeat(100))[0]).toHaveLength(40)
	})
	it('strips control and private-use characters', () => {
		expect(stripControlCharacters(`a\u0000b${MARK_START}c${MARK_END}\td\n`)).toBe('abc\td\n')
	})
})

describe('typo distance', () => {
	it('counts a swap of neighbours as one edit', () => {
		expect(editDistance('lentivrial', 'lentiviral')).toBe(1)
		expect(editDistance('vcetor', 'vector')).toBe(1)
		expect(editDistance('lentivral', 'lentiviral')).toBe(1)
		expect(editDistance('kitten', 'sitting')).toBe(3)
		expect(editDistance('abc', 'abcdef', 1)).toBe(2)
	})
	it('counts a wrong first letter twice, as Meilisearch does', () => {
		expect(typoCost('rector', 'vector', 1)).toBe(2)
		expect(typoCost('kentiviral', 'lentiviral', 2)).toBe(2)
		expect(typoCost('vector', 'vectro', 1)).toBe(1)
	})
})

describe('HTML safety', () => {
	it('escapes everything and only adds <mark>', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
		expect(markersToHtml(`<script>${MARK_START}x${MARK_END}</script>`)).toBe(
			'&lt;script&gt;<mark>x</mark>&lt;/script&gt;',
		)
		expect(markersToHtml(`${MARK_START}open`)).toBe('<mark>open</mark>')
		expect(markersToHtml(`${MARK_END}stray${MARK_START}${MARK_START}x${MARK_END}`)).toBe('stray<mark>x</mark>')
	})
	it('returns highlights of engine output only when something matched', () => {
		expect(markedToHighlight('no match <b>')).toBeUndefined()
		expect(markedToHighlight(`${MARK_START}<b>${MARK_END}`)).toBe('<mark>&lt;b&gt;</mark>')
		expect(markedToHighlight(42)).toBeUndefined()
	})
})

describe('highlighter', () => {
	const matcher: WordMatcher = { words: new Set(['lentiviral', 'radgivning']), prefixes: ['renr'], stems: ['vector'] }

	it('marks words, prefixes and stems, escaping the rest', () => {
		expect(highlightText('<script>alert(1)</script> Lentiviral Lab', matcher)).toBe(
			'&lt;script&gt;alert(1)&lt;/script&gt; <mark>Lentiviral</mark> Lab',
		)
		expect(highlightText('Regulatorisk rådgivning i renrum', matcher)).toBe(
			'Regulatorisk <mark>rådgivning</mark> i <mark>renrum</mark>',
		)
		expect(highlightText('Vectors, vectored', matcher)).toBe('<mark>Vectors</mark>, <mark>vectored</mark>')
		expect(highlightText('Vectorisationally', matcher)).toBeUndefined()
		expect(highlightText('nothing here', matcher)).toBeUndefined()
		expect(highlightText(null, matcher)).toBeUndefined()
	})

	it('crops long text around the first match', () => {
		const words = Array.from({ length: 100 }, (_, i) => `w${i}`)
		words[60] = 'lentiviral'
		const cropped = highlightText(words.join(' '), matcher, { crop: true })!
		expect(cropped.startsWith('…')).toBe(true)
		expect(cropped.endsWith('…')).toBe(true)
		expect(cropped).toContain('<mark>lentiviral</mark>')
		expect(cropped.split(' ').length).toBeLessThanOrEqual(31)
	})
})
