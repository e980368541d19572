import { describe, expect, it } from 'vitest'
import { stemToken } from './morphology.ts'
import { compoundParts } from './vocabulary.ts'

const same = (...forms: string[]) => new Set(forms.map(stemToken)).size === 1

describe('matching keys', () => {
	it('give Swedish inflections one key', () => {
		expect(same('cell', 'celler', 'cellerna', 'cellen')).toBe(true)
		expect(same('vektor', 'vektorer', 'vektorerna')).toBe(true)
		expect(same('renrum', 'renrummet', 'renrummen')).toBe(true)
		expect(same('allogen', 'allogena')).toBe(true)
		expect(same('testning', 'tester', 'test')).toBe(true)
	})
	it('give English inflections and derivations one key', () => {
		expect(same('therapy', 'therapies')).toBe(true)
		expect(same('testing', 'tests', 'test')).toBe(true)
		expect(same('manufacture', 'manufacturing', 'manufacturer')).toBe(true)
		expect(same('sterile', 'sterility')).toBe(true)
	})
	it('give the words both languages share one key', () => {
		expect(same('vector', 'vektor')).toBe(true)
		expect(same('therapy', 'terapi')).toBe(true)
		expect(same('mesenchymal', 'mesenkymala')).toBe(true)
		expect(same('regulatory', 'regulatorisk', 'regulatoriska')).toBe(true)
		expect(same('sterility', 'sterilitet')).toBe(true)
		expect(same('cytometry', 'cytometri', 'cytometrisk')).toBe(true)
		expect(same('autologous', 'autologa')).toBe(true)
		expect(same('clinical', 'klinisk', 'kliniska')).toBe(true)
	})
	it('keeps apart words that only look alike', () => {
		expect(stemToken('licensed')).not.toBe(stemToken('licensing'))
		expect(stemToken('commercial')).not.toBe(stemToken('commercialisation'))
		expect(stemToken('till')).not.toBe(stemToken('til'))
		expect(stemToken('gene')).not.toBe(stemToken('general'))
		expect(stemToken('patients')).not.toBe(stemToken('patents'))
	})
	it('absorbs a doubled letter typed single', () => {
		expect(same('kvalitetskontroll', 'kvalitetskontrol')).toBe(true)
	})
})

describe('compounds', () => {
	it('splits a compound the vocabulary does not know whole into parts it knows', () => {
		expect(compoundParts('dendritceller')).toEqual([stemToken('dendritic'), stemToken('cells')])
		expect(compoundParts('renrumsklass')).toEqual([stemToken('renrum'), stemToken('klass')])
	})
	it('leaves known words, short words and unknown parts alone', () => {
		expect(compoundParts('cellbanker')).toBeUndefined()
		expect(compoundParts('cell')).toBeUndefined()
		expect(compoundParts('forskningsgrupp')).toBeUndefined()
	})
})
