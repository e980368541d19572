import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { csvText, readCell, toCsv } from './csv.server.ts'

describe('the portal’s CSV', () => {
	it('opens in a spreadsheet with its Swedish letters, and no cell runs as a formula', () => {
		const text = toCsv(
			['Namn', 'Ort'],
			[
				['=HYPERLINK("http://evil")', 'Flemingsberg'],
				['Åsa, "Ö"', -18.5],
			],
		)
		expect(text.startsWith('\uFEFF')).toBe(true)
		expect(text).toContain('\r\n')
		const rows = parse(text, { bom: true }) as string[][]
		expect(rows).toEqual([
			['Namn', 'Ort'],
			['\'=HYPERLINK("http://evil")', 'Flemingsberg'],
			['Åsa, "Ö"', '-18.5'],
		])
	})

	it('reads back what it wrote: the apostrophe that kept a formula inert is not data', () => {
		const cells = ['=1+1', '+46 8 123 45', '-', '@home', "'quoted", 'plain', '-3,5']
		const [row] = (parse(csvText([cells]), { bom: true }) as string[][]).map((line) => line.map(readCell))
		expect(row).toEqual(cells)
	})
})
