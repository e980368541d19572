// Sites on and around the Flemingsberg campus that establishment offers are
// at: the gazetteer's buildings (campus-gazetteer.ts) plus places a company
// can move into that are no organisation's address, such as the Innovation
// Station by the commuter-train station and the area planned for new
// buildings. An offer names its site by code; the name is a proper noun and
// reads the same in both languages. Positions are approximate to the site.
import { campusGazetteer } from './campus-gazetteer.ts'

export interface CampusSite {
	code: string
	name: string
	/** The Swedish name, where the place has one of its own. */
	nameSv?: string
	/** Street and number where the site has one a visitor can find. */
	street?: string
	lat: number
	lng: number
}

const buildingSites: CampusSite[] = campusGazetteer.map((building) => ({
	code: building.campus
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, ''),
	name: building.campus,
	...(building.nameSv ? { nameSv: building.nameSv } : {}),
	street: building.street,
	lat: building.lat,
	lng: building.lng,
}))

export const campusSites: readonly CampusSite[] = [
	...buildingSites,
	// Beside Flemingsberg station, where the hub's coworking and start-up offices are.
	{ code: 'innovation-station', name: 'Innovation Station', lat: 59.2178, lng: 17.9466 },
	// The development area between the station and the campus, planned for labs and offices.
	{
		code: 'flemingsberg-development-area',
		name: 'Flemingsberg development area',
		nameSv: 'Flemingsbergs utvecklingsområde',
		lat: 59.2163,
		lng: 17.9412,
	},
]

export const campusSiteCodes = campusSites.map((site) => site.code)

export function campusSite(code: string | null | undefined): CampusSite | undefined {
	return code ? campusSites.find((site) => site.code === code) : undefined
}

/** The site's name as a reader of `locale` knows it. */
export function siteName(code: string | null | undefined, locale: string): string | null {
	const site = campusSite(code)
	if (!site) return null
	return locale === 'sv' ? (site.nameSv ?? site.name) : site.name
}
