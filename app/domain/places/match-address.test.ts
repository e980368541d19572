import { describe, expect, it } from 'vitest'
import { campusGazetteer } from './campus-gazetteer.ts'
import { matchCampusBuilding, streetKey } from './match-address.ts'

const campusOf = (street: string, postcode?: string) => matchCampusBuilding({ street, postcode })?.campus

describe('matchCampusBuilding', () => {
	it('finds every building of the gazetteer by its own address', () => {
		for (const building of campusGazetteer) {
			expect(matchCampusBuilding({ street: building.street, postcode: building.postcodes[0] })).toBe(building)
		}
	})

	it('reads an address written in any of the usual ways', () => {
		const written = {
			'Hälsovägen 7': 'Novum',
			'HÄLSOVÄGEN 7': 'Novum',
			'hälsovägen   7': 'Novum',
			'Halsovagen 7': 'Novum',
			'Hälsov. 7': 'Novum',
			'Hälsoväg 7': 'Novum',
			'Hälsovägen 7, plan 4': 'Novum',
			Hälsovägen7: 'Novum',
			'Hälsovägen 11 C': 'KTH Flemingsberg',
			'hälsovägen 11c': 'KTH Flemingsberg',
			'Alfred Nobels alle 8': 'Karolinska Institutet, campus Flemingsberg',
			'alfred nobels Allé 7': 'Södertörn University',
			'Alfred Nobels allén 7': 'Södertörn University',
			'AlfredNobels allé 7': 'Södertörn University',
		}
		const read = Object.fromEntries(Object.keys(written).map((street) => [street, campusOf(street)]))
		expect(read).toEqual(written)
	})

	it('does not take a near miss for a campus building', () => {
		const nearMisses = [
			'Hälsovägen 9', // another number on the same street
			'Hälsovägen 17', // a number that starts like a known one
			'Hälsovägen 70', // a number that ends like a known one
			'Hälsovägen 7A', // another entrance letter
			'Hälsovägen 11', // the number without the building's letter
			'Hälsovägen 11D', // another letter of the same number
			'Alfred Nobels allé 9', // a neighbour's number
			'Hälsogatan 7', // another street with the same number
			'Nobels allé 7', // part of the street's name
			'Hälsovägen', // no number
			'7 Hälsovägen', // the number before the name
			'',
		]
		expect(nearMisses.filter((street) => campusOf(street) !== undefined)).toEqual([])
	})

	it('uses the postcode only to rule a building out', () => {
		expect(campusOf('Hälsovägen 7', '14157')).toBe('Novum')
		expect(campusOf('Hälsovägen 7', '141 57')).toBe('Novum')
		expect(campusOf('Hälsovägen 13', '141 86')).toBe('Karolinska University Hospital Huddinge')
		expect(campusOf('Hälsovägen 7', '111 22')).toBeUndefined()
		expect(campusOf('Alfred Nobels allé 7', '141 57')).toBeUndefined()
	})

	it('keys a street by name, number and letter only', () => {
		expect(streetKey('Alfred Nobels Allé 08 B, 2 tr')).toBe('alfrednobelsalle|8b')
		expect(streetKey('no number here')).toBeUndefined()
	})
})

describe('the campus gazetteer', () => {
	it('places every building on the Flemingsberg campus, with a postcode as they are written', () => {
		for (const building of campusGazetteer) {
			// About 1.5 km around the station: a misplaced digit would land far outside.
			expect(Math.abs(building.lat - 59.219)).toBeLessThan(0.015)
			expect(Math.abs(building.lng - 17.94)).toBeLessThan(0.025)
			for (const postcode of building.postcodes) expect(postcode).toMatch(/^\d{3} \d{2}$/)
		}
	})

	it('has no two buildings at one address', () => {
		const keys = campusGazetteer.map((building) => streetKey(building.street))
		expect(keys.every(Boolean)).toBe(true)
		expect(new Set(keys).size).toBe(keys.length)
	})
})
