import { describe, expect, it } from 'vitest'
import { understandQuery } from './query.ts'

const concepts = (q: string) => understandQuery(q).concepts.map((concept) => concept.key)

describe('understanding a search query', () => {
	it('corrects a typo before reading the concept, and says so', () => {
		const understood = understandQuery('mycoplasma tesitng')
		expect(understood.corrected).toBe('mycoplasma testing')
		expect(concepts('mycoplasma tesitng')).toEqual(['services:qc-testing'])
	})
	it('reads when the query says when, and asks no listing to contain those words', () => {
		const spring = understandQuery('grade B GMP suite available next spring', '2026-12-06')
		expect(spring.period).toEqual({ from: '2027-03-01', to: '2027-05-31', typed: 'available next spring' })
		expect(spring.words).toEqual([])
		expect(spring.concepts.map((concept) => concept.key)).toEqual(['field:cleanroom', 'cleanroomGrades:B'])
		// "våren" is no typo of a vocabulary word, and "host" stays a word of "host cell protein".
		const swedish = understandQuery('renrum klass B till våren', '2026-12-06')
		expect([swedish.corrected, swedish.words, swedish.period?.typed]).toEqual([undefined, [], 'till våren'])
		const host = understandQuery('host cell protein assay', '2026-12-06')
		expect([host.period, host.words]).toEqual([undefined, ['host', 'cell', 'protein']])
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
	it('reads the one who supplies with what is supplied as the need: "leverantör av lentivirala vektorer"', () => {
		expect(concepts('leverantör av lentivirala vektorer')).toEqual([
			'modalities:lentiviral',
			'services:viral-vector-production',
		])
		expect(concepts('producent av AAV')).toContain('services:viral-vector-production')
		// Without a thing the frame makes, a supplier is no need.
		expect(concepts('leverantör i Stockholm')).toEqual([])
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
	it('never requires Swedish words that add nothing, whatever their å, ä and ö', () => {
		expect(understandQuery('tjänster för AAV').words).toEqual([])
		expect(understandQuery('hjälp med CAR-T').words).toEqual([])
		expect(understandQuery('någon för AAV').words).toEqual([])
	})
	it('reads a noun for the one who supplies as asking for a supplier, in either language, and never requires it', () => {
		for (const query of [
			'lentiviral vector supplier',
			'AAV manufacturer',
			'leverantör av lentivirala vektorer',
			'leverantörer AAV',
			'tillverkare av AAV',
			'CDMO for CAR-T',
			'vendor of lentiviral vectors',
		]) {
			const understood = understandQuery(query)
			expect(understood.suppliersFirst, query).toBe(true)
			expect(understood.words, query).toEqual([])
		}
		for (const query of ['lentiviral vector supply', 'AAV expert', 'viral vector production', 'leverans av celler'])
			expect(understandQuery(query).suppliersFirst, query).toBe(false)
		// Compared as written: the work a supplier does is no supplier word.
		for (const query of ['TIL manufacturing', 'tillverkning av TIL', 'vector production'])
			expect(understandQuery(query).weak, query).toEqual([])
	})
	it('reads a word that names one concept only as that concept, and leaves shared words as typed', () => {
		expect(concepts('vesicles')).toEqual(['modalities:ev'])
		expect(understandQuery('vector').words).toEqual(['vector'])
	})
})
