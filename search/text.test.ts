import { describe, expect, it } from 'vitest'
import { highlightText, markedToHighlight, type WordMatcher } from './highlight.ts'
import { escapeHtml, MARK_END, MARK_START, markersToHtml, stripControlCharacters } from './text.ts'

describe('control characters', () => {
	it('strips control and private-use characters', () => {
		expect(stripControlCharacters(`a\u0000b${MARK_START}c${MARK_END}\td\n`)).toBe('abc\td\n')
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
