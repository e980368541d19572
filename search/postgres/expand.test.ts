import { describe, expect, it } from 'vitest'
import { conceptsOf, parseQuery, planQuery, typoCorrections } from './expand.ts'
import { groupToken, groupTokensIn, synonymIndex, taxonomySynonymIndex } from './synonym-tokens.ts'

const groups = [
	['car t', 'car t cells', 'cart'],
	['lentiviral vectors', 'lvv'],
]
const index = synonymIndex(groups)
const carT = groupToken(groups[0]!)
const lentiviral = groupToken(groups[1]!)
const synonyms = {
	'car t': ['car t cells', 'cart'],
	'car t cells': ['car t', 'cart'],
	cart: ['car t', 'car t cells'],
	lvv: ['lentiviral vectors'],
	'lentiviral vectors': ['lvv'],
}

describe('parsing', () => {
	it('takes folded words and treats the last as a prefix unless followed by a separator', () => {
		expect(parseQuery('Lentiv')).toEqual({ words: ['lentiv'], prefixLast: true })
		expect(parseQuery('lentiviral ')).toEqual({ words: ['lentiviral'], prefixLast: false })
		expect(parseQuery('" OR 1=1 --')).toEqual({ words: ['or', '1', '1'], prefixLast: false })
		expect(parseQuery('')).toEqual({ words: [], prefixLast: false })
	})
	it('keeps at most ten words, and no prefix on a cut query', () => {
		const parsed = parseQuery('a '.repeat(30) + 'lentiv')
		expect(parsed.words).toHaveLength(10)
		expect(parsed.prefixLast).toBe(false)
	})
})

describe('concepts', () => {
	it('takes the longest synonym phrase at each position', () => {
		expect(conceptsOf(['car', 't', 'cells', 'qc'], synonyms, index)).toEqual([
			{ words: ['car', 't', 'cells'], synonyms: [['car', 't'], ['cart']], groups: [carT] },
			{ words: ['qc'], synonyms: [], groups: [] },
		])
		expect(conceptsOf(['lvv', 'grade', 'b'], synonyms, index)[0]).toEqual({
			words: ['lvv'],
			synonyms: [['lentiviral', 'vectors']],
			groups: [lentiviral],
		})
	})
})

describe('synonym group tokens', () => {
	it('are one unstemmable word per group', () => {
		expect(carT).toMatch(/^0syn[0-9a-f]{10}$/)
		expect(carT).not.toBe(lentiviral)
		expect(groupToken(groups[0]!)).toBe(carT)
	})
	it('are given to text that contains any phrase of the group, as consecutive words', () => {
		expect(groupTokensIn(['our', 'car', 't', 'cells', 'and', 'lvv'], index).sort()).toEqual([carT, lentiviral].sort())
		expect(groupTokensIn(['car', 'and', 't'], index)).toEqual([])
		expect(groupTokensIn(['lentiviral', 'vectors'], index)).toEqual([lentiviral])
	})
	it('join a phrase that is in two groups to both', () => {
		const shared = synonymIndex([
			['tep', 'tissue engineered products'],
			['tissue engineered products', 'vavnadstekniska produkter'],
		])
		expect(shared.groupsOf.get('tissue engineered products')).toHaveLength(2)
		expect(groupTokensIn(['tep'], shared)).toHaveLength(1)
	})
	it('cover the taxonomy: an LVV query and a "lentiviral vectors" label meet', () => {
		const taxonomy = taxonomySynonymIndex()
		const [queryGroup] = taxonomy.groupsOf.get('lvv')!
		expect(groupTokensIn(['lentiviral', 'vectors'], taxonomy)).toContain(queryGroup)
		expect(groupTokensIn(['lentivirala', 'vektorer'], taxonomy)).toContain(queryGroup)
	})
})

describe('typo corrections', () => {
	it('keeps vocabulary words within the budget, closest first', () => {
		expect(typoCorrections('lentivrial', ['lentiviral', 'lentivirus', 'lentivirala', 'potential'])).toEqual([
			'lentiviral',
			'lentivirala',
		])
		expect(typoCorrections('vcetor', ['vector', 'vectors', 'sector'])).toEqual(['vector'])
	})
	it('allows none for short words and never returns the word itself', () => {
		expect(typoCorrections('aav', ['aab', 'aav'])).toEqual([])
		expect(typoCorrections('vector', ['vector'])).toEqual([])
	})
})

describe('plan', () => {
	it('marks only the last word of the last concept as a prefix', () => {
		const plan = planQuery(parseQuery('CAR T lentiv'), synonyms, new Map([['lentiv', []]]), index)
		expect(plan.map((c) => c.words.map((w) => [w.word, w.prefix]))).toEqual([
			[
				['car', false],
				['t', false],
			],
			[['lentiv', true]],
		])
	})
})
