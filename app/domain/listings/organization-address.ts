// An organisation's street address on the Flemingsberg campus says where it
// is: what the address leaves out (postcode, city, campus, the position on
// the map) is taken from the campus building it names. What the record says
// itself wins, so a position set by hand stays where it was put.
//
// A position that is exactly a building's was taken from the gazetteer, not
// set by hand, so it follows the street: the edit form sends the stored
// position back unseen, and an organisation that moves to another address
// must not keep its old building's place on the map.
import { campusGazetteer } from '../places/campus-gazetteer.ts'
import { matchCampusBuilding } from '../places/match-address.ts'

interface AddressFields {
	street?: string
	postcode?: string
	city?: string
	campus?: string
	lat?: number
	lng?: number
}

function isBuildingPosition(lat: number | undefined, lng: number | undefined): boolean {
	return campusGazetteer.some((building) => building.lat === lat && building.lng === lng)
}

export function withKnownBuilding<Record extends AddressFields>(record: Record): Record {
	if (!record.street) return record
	const building = matchCampusBuilding(record)
	const fromGazetteer = isBuildingPosition(record.lat, record.lng)
	if (!building) {
		if (!fromGazetteer) return record
		const { lat: _lat, lng: _lng, ...withoutPosition } = record
		return withoutPosition as Record
	}
	const byHand = record.lat !== undefined && record.lng !== undefined && !fromGazetteer
	return {
		...record,
		postcode: record.postcode ?? building.postcodes[0],
		city: record.city ?? building.city,
		campus: record.campus ?? building.campus,
		lat: byHand ? record.lat : building.lat,
		lng: byHand ? record.lng : building.lng,
	}
}
