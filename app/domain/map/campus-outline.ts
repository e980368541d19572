// The drawing under the campus map when no tile server is configured (the
// default): the campus area, the commuter railway with Flemingsberg station
// and the two streets that lead through the campus, hand-placed from the
// gazetteer's buildings and the station. A schematic, right to within a
// hundred metres or so; the page says so. The SVG map and Leaflet's vector
// layers draw this same data, so both show the same picture.
import type { LatLng } from './projection.ts'

export { campusBounds, onCampus } from './campus-bounds.ts'

/** The hospital and university campus between Hälsovägen and the station. */
export const campusArea: readonly LatLng[] = [
	{ lat: 59.2229, lng: 17.9349 },
	{ lat: 59.2232, lng: 17.9398 },
	{ lat: 59.2214, lng: 17.9439 },
	{ lat: 59.2196, lng: 17.9463 },
	{ lat: 59.2183, lng: 17.9452 },
	{ lat: 59.2185, lng: 17.9398 },
	{ lat: 59.2188, lng: 17.9351 },
]

export interface OutlineLine {
	kind: 'rail' | 'street'
	/** A proper noun, the same in both languages. */
	name: string
	line: readonly LatLng[]
}

export const campusLines: readonly OutlineLine[] = [
	{
		// Västra stambanan: the commuter trains towards Stockholm (north-east) and Södertälje (south-west).
		kind: 'rail',
		name: 'Västra stambanan',
		line: [
			{ lat: 59.2124, lng: 17.9285 },
			{ lat: 59.215, lng: 17.937 },
			{ lat: 59.2173, lng: 17.9458 },
			{ lat: 59.2196, lng: 17.951 },
			{ lat: 59.2212, lng: 17.9535 },
		],
	},
	{
		kind: 'street',
		name: 'Hälsovägen',
		line: [
			{ lat: 59.2168, lng: 17.9349 },
			{ lat: 59.2192, lng: 17.936 },
			{ lat: 59.2208, lng: 17.9385 },
			{ lat: 59.2236, lng: 17.9393 },
		],
	},
	{
		kind: 'street',
		name: 'Alfred Nobels allé',
		line: [
			{ lat: 59.2177, lng: 17.9456 },
			{ lat: 59.2195, lng: 17.9433 },
			{ lat: 59.2208, lng: 17.9385 },
		],
	},
]

export const flemingsbergStation: LatLng = { lat: 59.2174, lng: 17.9461 }

export type LabelSide = 'left' | 'right' | 'above' | 'below'

/**
 * Which side of its dot a landmark's name is written on, so that names of
 * neighbouring buildings do not overlap; a site not named here gets 'right'.
 */
export const landmarkLabelSides: Readonly<Record<string, LabelSide>> = {
	novum: 'left',
	'karolinska-university-hospital-huddinge': 'above',
	'kth-flemingsberg': 'left',
	'karolinska-institutet-campus-flemingsberg': 'right',
	'sodertorn-university': 'right',
	'innovation-station': 'above',
	'flemingsberg-development-area': 'below',
}
