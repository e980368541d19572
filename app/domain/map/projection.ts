// Latitude and longitude to SVG coordinates for the drawn campus map. Over a
// couple of kilometres the earth is flat enough: an equirectangular
// projection with the longitude scaled by the cosine of the middle latitude
// keeps angles and distances right to well under a percent, which is the
// same picture Leaflet's Web Mercator draws at this size.

export interface LatLng {
	lat: number
	lng: number
}

export interface Bounds {
	south: number
	west: number
	north: number
	east: number
}

export interface Projection {
	width: number
	height: number
	/** SVG x and y of a position (y grows southwards); positions outside the bounds land outside the box. */
	project(position: LatLng): { x: number; y: number }
	contains(position: LatLng): boolean
}

export function projection(bounds: Bounds, width: number): Projection {
	const middle = ((bounds.south + bounds.north) / 2) * (Math.PI / 180)
	const perDegreeOfLatitude = width / ((bounds.east - bounds.west) * Math.cos(middle))
	const perDegreeOfLongitude = perDegreeOfLatitude * Math.cos(middle)
	const height = Math.round((bounds.north - bounds.south) * perDegreeOfLatitude)
	const round = (value: number) => Math.round(value * 10) / 10
	return {
		width,
		height,
		project: ({ lat, lng }) => ({
			x: round((lng - bounds.west) * perDegreeOfLongitude),
			y: round((bounds.north - lat) * perDegreeOfLatitude),
		}),
		contains: ({ lat, lng }) => lat >= bounds.south && lat <= bounds.north && lng >= bounds.west && lng <= bounds.east,
	}
}

/** An SVG path through the positions ("M x y L x y …"); closed when asked. */
export function pathThrough(project: Projection['project'], line: readonly LatLng[], closed = false): string {
	const points = line.map((position, index) => {
		const { x, y } = project(position)
		return `${index === 0 ? 'M' : 'L'}${x} ${y}`
	})
	return points.join(' ') + (closed ? ' Z' : '')
}
