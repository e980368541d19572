// Finds the campus building an organisation's street address names, so its
// position and campus can be filled in. The comparison is on the street's
// name and number only, written the way people write them: any case, with
// or without accents ("allé", "alle"), abbreviated ("Hälsov. 7"), spaced
// ("11 C", "11c"). The number must be the building's number: Hälsovägen 9
// is not Novum at Hälsovägen 7, however close it is.
import { foldText } from '../../utils/text.ts'
import { campusGazetteer, type CampusBuilding } from './campus-gazetteer.ts'
import { normalisePostcode } from './postcode.ts'

export interface AddressToMatch {
	street?: string | null
	/** Optional; when given it must be one of the building's postcodes. */
	postcode?: string | null
}

// Swedish street names end in a few words that are also written short or
// without their ending: "Hälsov.", "Hälsoväg", "Storg.", "allén".
const ENDINGS: ReadonlyArray<[RegExp, string]> = [
	[/(vag|v\.?)$/, 'vagen'],
	[/g\.$/, 'gatan'],
	[/allen$/, 'alle'],
]

/** A street's name folded for comparison: "Alfred Nobels Allé" → "alfrednobelsalle". */
function streetNameKey(name: string): string {
	const words = foldText(name).split(/\s+/).filter(Boolean)
	const last = ENDINGS.reduce((word, [short, long]) => word.replace(short, long), words.pop() ?? '')
	return [...words, last].join('').replace(/[^a-z0-9]/g, '')
}

/**
 * "halsovagen|11c" for "Hälsovägen 11 C, plan 3": the name, the number and
 * its letter; anything after them (a floor, an entrance) is not compared.
 * Undefined when the text has no street number.
 */
export function streetKey(street: string): string | undefined {
	const match = /^([^\d]*\p{L}[^\d]*?)\s*(\d{1,4})(?:\s*(\p{L})(?!\p{L}))?/u.exec(street.normalize('NFC').trim())
	if (!match) return undefined
	const name = streetNameKey(match[1]!)
	if (name === '') return undefined
	const number = match[2]!.replace(/^0+/, '')
	return `${name}|${number}${foldText(match[3] ?? '')}`
}

let index: Map<string, CampusBuilding> | undefined

function buildingsByStreet(): Map<string, CampusBuilding> {
	if (!index) {
		index = new Map()
		for (const building of campusGazetteer) {
			const key = streetKey(building.street)
			if (key) index.set(key, building)
		}
	}
	return index
}

/** The known campus building at this address, or undefined when the address names none. */
export function matchCampusBuilding(address: AddressToMatch): CampusBuilding | undefined {
	if (!address.street) return undefined
	const key = streetKey(address.street)
	const building = key ? buildingsByStreet().get(key) : undefined
	if (!building) return undefined
	if (address.postcode) {
		const postcode = normalisePostcode(address.postcode)
		if (postcode && !building.postcodes.includes(postcode)) return undefined
	}
	return building
}
