// Points at one position (an organisation and the labs and facilities in its
// building share its address) would hide each other. Each group is laid out
// on a small circle around the shared position, about fifteen metres across,
// so every marker can be seen and clicked; a point alone keeps its place.
import type { MapPoint } from './map-kinds.ts'

const radiusInDegreesOfLatitude = 0.00008

export function spreadPoints(points: readonly MapPoint[]): MapPoint[] {
	const groups = new Map<string, number[]>()
	points.forEach((point, index) => {
		const key = `${point.lat.toFixed(5)},${point.lng.toFixed(5)}`
		groups.set(key, [...(groups.get(key) ?? []), index])
	})
	const spread = [...points]
	for (const members of groups.values()) {
		if (members.length < 2) continue
		members.forEach((index, order) => {
			const point = points[index]!
			const angle = (2 * Math.PI * order) / members.length - Math.PI / 2
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
