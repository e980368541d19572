import { describe, expect, it } from 'vitest'
import { understandQuery } from './query.ts'

const concepts = (q: string) => understandQuery(q).concepts.map((concept) => concept.key)

describe('understanding a search query', () => {
	it('corrects a typo before reading the concept, and says so', () => {
		const understood = understandQuery('mycoplasma tesitng')
		expect(understood.corrected).toBe('mycoplasma testing')
		expect(concepts('mycoplasma tesitng')).toEqual(['services:qc-testing'])
	})
	it('takes the start of a word still being typed for a prefix, not a typo', () => {
		const understood = understandQuery('renru')
		expect(understood.corrected).toBeUndefined()
		expect(understood.words).toEqual(['renru'])
		expect(understood.prefixLast).toBe(true)
	})
	it('reads several concepts, Swedish inflections and compounds among them', () => {
		expect(concepts('regulatorisk strategi för AAV')).toEqual(['services:regulatory', 'modalities:aav'])
		expect(concepts('dendritceller')).toEqual(['modalities:dendritic'])
		expect(concepts('cellbankerna')).toEqual(['services:cell-banking'])
	})
	it('reads grades, licences, product types and kinds of listing as concepts', () => {
		expect(concepts('renrum klass B')).toEqual(['field:cleanroom', 'cleanroomGrades:B'])
		expect(concepts('GMO permit')).toEqual(['licences:gmo-contained-use'])
		expect(concepts('autologa cellprodukter')).toEqual(['productTypes:autologous'])
		expect(concepts('CAR-T expert')).toEqual(['modalities:car-t', 'listingTypes:expert'])
	})
	it('reads the supply of a vector inside "lentiviral vector supplier"', () => {
		expect(concepts('lentiviral vector supplier')).toEqual([
			'modalities:lentiviral',
			'services:viral-vector-production',
		])
	})
	it('reads a verb and its object as a need: producing a vector, storing cells', () => {
		expect(concepts('someone to produce our AAV vector')).toContain('services:viral-vector-production')
		expect(concepts('store our CAR-T cells')).toContain('services:cryo-logistics')
	})
	it('never requires words that add nothing, and keeps the words it does not know', () => {
		const understood = understandQuery('leukapheresis material Bertil')
		expect(understood.concepts.map((concept) => concept.key)).toEqual(['services:donor-material'])
		expect(understood.weak).toEqual(['material'])
		expect(understood.words).toEqual(['bertil'])
	})
	it('reads a word that names one concept only as that concept, and leaves shared words as typed', () => {
		expect(concepts('vesicles')).toEqual(['modalities:ev'])
		expect(understandQuery('vector').words).toEqual(['vector'])
	})
})
