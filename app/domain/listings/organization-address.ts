// An organisation's street address on the Flemingsberg campus says where it
// is: what the address leaves out (postcode, city, campus, the position on
// the map) is taken from the campus building it names. What the record says
// itself always wins, so a position set by hand stays where it was put.
import { matchCampusBuilding } from '../places/match-address.ts'

interface AddressFields {
	street?: string
	postcode?: string
	city?: string
	campus?: string
	lat?: number
	lng?: number
}

export function withKnownBuilding<Record extends AddressFields>(record: Record): Record {
	const building = matchCampusBuilding(record)
	if (!building) return record
	const hasPosition = record.lat !== undefined && record.lng !== undefined
	return {
		...record,
		postcode: record.postcode ?? building.postcodes[0],
		city: record.city ?? building.city,
		campus: record.campus ?? building.campus,
		lat: hasPosition ? record.lat : building.lat,
		lng: hasPosition ? record.lng : building.lng,
	}
}
