// Points at one position (an organisation and the labs and facilities in its
// building share its address) would hide each other. Each group is laid out
// on a small circle around the shared position, about fifty metres across,
// so every marker can be seen and clicked when the map shows the campus
// whole; a point alone, and a landmark, keep their places.
import type { MapPoint } from './map-kinds.ts'

const radiusInDegreesOfLatitude = 0.00025

export function spreadPoints(points: readonly MapPoint[]): MapPoint[] {
	const groups = new Map<string, number[]>()
	points.forEach((point, index) => {
		const key = `${point.lat.toFixed(5)},${point.lng.toFixed(5)}`
		groups.set(key, [...(groups.get(key) ?? []), index])
	})
	const spread = [...points]
	for (const members of groups.values()) {
		// A landmark keeps its place (its name is written beside it); what stands there circles it.
		const moving = members.filter((index) => points[index]!.kind !== 'landmark')
		if (members.length < 2 || moving.length === 0) continue
		moving.forEach((index, order) => {
			const point = points[index]!
			const angle = (2 * Math.PI * order) / moving.length - Math.PI / 2
			const lngPerLat = 1 / Math.cos((point.lat * Math.PI) / 180)
			spread[index] = {
				...point,
				lat: point.lat + radiusInDegreesOfLatitude * Math.sin(-angle),
				lng: point.lng + radiusInDegreesOfLatitude * lngPerLat * Math.cos(angle),
			}
		})
	}
	return spread
}
