// The part of the world the drawn campus map shows, apart from the drawing
// itself, so a page that only asks "is this on the campus?" carries no more.
import type { Bounds, LatLng } from './projection.ts'

/** What the drawn map shows: the campus with the station, a little room around it. */
export const campusBounds: Bounds = { south: 59.215, west: 17.933, north: 59.2235, east: 17.95 }

/** Whether a position is on the drawn campus (a place elsewhere has no spot on the drawing). */
export function onCampus(position: { lat: number | null; lng: number | null } | null | undefined): position is LatLng {
	const { south, west, north, east } = campusBounds
	const lat = position?.lat ?? null
	const lng = position?.lng ?? null
	return lat !== null && lng !== null && lat >= south && lat <= north && lng >= west && lng <= east
}
