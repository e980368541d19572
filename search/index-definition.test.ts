import { describe, expect, it } from 'vitest'
import { taxonomy } from '~/taxonomy/taxonomy.ts'
import {
	allowedTypos,
	codesByWord,
	definitionHash,
	facets,
	filterableAttributes,
	labelPhrases,
	phraseOf,
	searchableAttributes,
	sortableAttributes,
	synonymGroups,
	synonymMap,
	taxonomySynonyms,
} from './index-definition.ts'

describe('label phrases', () => {
	it('drops the parenthesised note but keeps acronyms from it', () => {
		expect(labelPhrases('Mesenchymal stromal cells (MSC)')).toEqual(['msc', 'mesenchymal stromal cells'])
		expect(labelPhrases('Cell banking (MCB/WCB)')).toEqual(['mcb', 'wcb', 'cell banking'])
		expect(labelPhrases('Gene editing (CRISPR, base/prime editing)')).toEqual(['crispr', 'gene editing'])
	})
	it('ignores notes that are descriptions, not names', () => {
		expect(labelPhrases('Grade A (ISO 5, critical zone)')).toEqual(['grade a'])
		expect(labelPhrases('Tillverkningstillstånd (Läkemedelsverket)')).toEqual(['tillverkningstillstand'])
	})
	it('splits alternatives written with " / " and folds case and accents', () => {
		expect(labelPhrases('Lab / research group')).toEqual(['lab', 'research group'])
		expect(labelPhrases('Upptäckt / forskning')).toEqual(['upptackt', 'forskning'])
		expect(phraseOf('CAR-T-celler')).toBe('car t celler')
	})
})

describe('synonym groups from the taxonomy', () => {
	const groups = synonymGroups()
	const groupWith = (phrase: string) => groups.find((group) => group.includes(phrase))

	it('groups English label, Swedish label and synonyms of one code', () => {
		expect(groupWith('lvv')).toEqual([
			'lentiviral vector',
			'lentiviral vectors',
			'lentivirala vektorer',
			'lentivirus',
			'lv',
			'lvv',
		])
		expect(groupWith('car t')).toEqual(
			expect.arrayContaining(['car t cells', 'car t celler', 'cart', 'chimeric antigen receptor t cells']),
		)
		expect(groupWith('sjukhusundantag')).toEqual(['hospital exemption licence', 'sjukhusundantag'])
		expect(groupWith('regulatorisk radgivning')).toEqual(
			expect.arrayContaining(['regulatory affairs', 'regulatoriska fragor']),
		)
		expect(groupWith('klass b')).toEqual(['grade b', 'klass b'])
	})

	it('makes no group for a code whose labels are identical and has no synonyms', () => {
		expect(groupWith('expert')).toBeUndefined()
		expect(groupWith('organisation')).toBeUndefined()
	})

	it('covers every code with synonyms', () => {
		for (const vocabulary of ['modalities', 'services'] as const) {
			for (const term of taxonomy[vocabulary]) {
				for (const synonym of term.synonyms ?? [])
					expect(groupWith(phraseOf(synonym)), `${term.code}: ${synonym}`).toBeDefined()
			}
		}
	})

	it('is sorted and free of duplicates and empty phrases', () => {
		for (const group of groups) {
			expect(group).toEqual([...new Set(group)].sort())
			expect(group.every(Boolean)).toBe(true)
		}
	})
})

describe('synonym map', () => {
	it('works in both directions', () => {
		const map = synonymMap([['lvv', 'lentiviral vectors', 'lentivirus']])
		expect(map).toEqual({
			'lentiviral vectors': ['lentivirus', 'lvv'],
			lentivirus: ['lentiviral vectors', 'lvv'],
			lvv: ['lentiviral vectors', 'lentivirus'],
		})
	})
	it('unites the groups a phrase belongs to', () => {
		const map = synonymMap([
			['tissue engineered products', 'vavnadstekniska produkter'],
			['tep', 'tissue engineered products'],
		])
		expect(map['tissue engineered products']).toEqual(['tep', 'vavnadstekniska produkter'])
		expect(map.tep).toEqual(['tissue engineered products'])
	})
	it('is what the shipped taxonomy gives, symmetric throughout', () => {
		const map = taxonomySynonyms()
		for (const [phrase, others] of Object.entries(map)) {
			for (const other of others) expect(map[other], `${other} → ${phrase}`).toContain(phrase)
		}
		expect(map.lvv).toContain('lentiviral vectors')
		expect(map['lentiviral vectors']).toContain('lvv')
		expect(map['sakkunnig person']).toContain('qp')
	})
})

describe('index definition', () => {
	it('filters every facet and sorts on folded name and time', () => {
		for (const facet of facets) expect(filterableAttributes).toContain(facet.attribute)
		expect(sortableAttributes).toEqual(expect.arrayContaining(['nameSort', 'updatedAtTs']))
		expect(searchableAttributes[0]).toEqual({ attribute: 'name', weight: 'A' })
	})
	it('allows typos as Meilisearch does by default', () => {
		expect(allowedTypos('lab')).toBe(0)
		expect(allowedTypos('cell')).toBe(0)
		expect(allowedTypos('cells')).toBe(1)
		expect(allowedTypos('lentivira')).toBe(2)
	})
	it('has a stable hash', () => {
		expect(definitionHash()).toMatch(/^[0-9a-f]{16}$/)
		expect(definitionHash()).toBe(definitionHash())
	})
})

describe('codes by word (label matches for ranking)', () => {
	const index = codesByWord()
	it('finds codes from labels in both languages, synonyms and the code itself', () => {
		expect(index.get('lentiviral')).toContainEqual({ attribute: 'modalities', code: 'lentiviral' })
		expect(index.get('sjukhusundantag')).toEqual([{ attribute: 'licences', code: 'hospital-exemption' }])
		expect(index.get('lvv')).toEqual([{ attribute: 'modalities', code: 'lentiviral' }])
		expect(index.get('cdmo')).toEqual([{ attribute: 'kind', code: 'cdmo' }])
	})
	it('skips short and ubiquitous words', () => {
		expect(index.has('and')).toBe(false)
		expect(index.has('cells')).toBe(false)
		expect(index.has('b')).toBe(false)
	})
})
