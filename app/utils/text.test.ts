import { describe, expect, it } from 'vitest'
import { editDistance, foldText, tokenize, typoCost, words } from './text.ts'

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

describe('words with positions', () => {
	it('keeps positions in the original text and splits at hyphens', () => {
		expect(words('CAR-T cells').map((word) => [word.folded, word.start, word.end])).toEqual([
			['car', 0, 3],
			['t', 4, 5],
			['cells', 6, 11],
		])
	})
	it('keeps a decomposed accent with its letter', () => {
		expect(words('Fo\u0308ra\u0308dling av celler').map((word) => word.folded)).toEqual(['foradling', 'av', 'celler'])
	})
	it('folds the letters Unicode does not decompose, in every caller', () => {
		expect(words('Œuvre Ørsted Łódź').map((word) => word.folded)).toEqual(['oeuvre', 'orsted', 'lodz'])
		expect(foldText('ıŋ')).toBe('in')
	})
})
