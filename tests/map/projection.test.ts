import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { campusBounds, campusLines, onCampus } from '../../app/domain/map/campus-outline.ts'
import { campusMapPath, kindsFromSearch, mapKinds } from '../../app/domain/map/map-kinds.ts'
import { pathThrough, projection } from '../../app/domain/map/projection.ts'
import { spreadPoints } from '../../app/domain/map/spread-points.ts'
import { campusSites } from '../../app/domain/places/campus-sites.ts'

const campus = projection(campusBounds, 1000)

/** Metres between two positions (haversine), to compare with distances on the drawing. */
function metres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
	const rad = Math.PI / 180
	const h =
		Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
		Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2
	return 2 * 6_371_000 * Math.asin(Math.sqrt(h))
}

describe('the drawn campus projection', () => {
	it('puts the bounds’ corners on the drawing’s corners, north up', () => {
		expect(campus.project({ lat: campusBounds.north, lng: campusBounds.west })).toEqual({ x: 0, y: 0 })
		const southEast = campus.project({ lat: campusBounds.south, lng: campusBounds.east })
		expect(southEast.x).toBeCloseTo(1000, 0)
		expect(southEast.y).toBeCloseTo(campus.height, 0)
	})

	it('keeps distances true in every direction: a metre is as long east–west as north–south', () => {
		const position = fc.record({
			lat: fc.double({ min: campusBounds.south, max: campusBounds.north, noNaN: true }),
			lng: fc.double({ min: campusBounds.west, max: campusBounds.east, noNaN: true }),
		})
		const first = campus.project(campusSites[0]!)
		const second = campus.project(campusSites.at(-1)!)
		const unitsPerMetre =
			Math.hypot(first.x - second.x, first.y - second.y) / metres(campusSites[0]!, campusSites.at(-1)!)
		fc.assert(
			fc.property(position, position, (a, b) => {
				const pa = campus.project(a)
				const pb = campus.project(b)
				const distance = metres(a, b)
				fc.pre(distance > 50)
				expect(Math.hypot(pa.x - pb.x, pa.y - pb.y) / distance).toBeCloseTo(unitsPerMetre, 1)
			}),
		)
	})

	it('places every landmark on the drawing, in the right order from west to east', () => {
		for (const site of campusSites) expect(onCampus(site), site.code).toBe(true)
		const novum = campus.project(campusSites.find((site) => site.code === 'novum')!)
		const station = campus.project(campusSites.find((site) => site.code === 'innovation-station')!)
		expect(novum.x).toBeLessThan(station.x)
		expect(novum.y).toBeLessThan(station.y)
		expect(onCampus({ lat: 59.3293, lng: 18.0686 })).toBe(false) // central Stockholm
		expect(onCampus({ lat: null, lng: 17.94 })).toBe(false)
	})

	it('writes the outline’s lines as SVG paths through every point', () => {
		const rail = campusLines.find((line) => line.kind === 'rail')!
		const path = pathThrough(campus.project, rail.line)
		expect(path.startsWith('M')).toBe(true)
		expect(path.match(/L/g)).toHaveLength(rail.line.length - 1)
		expect(pathThrough(campus.project, rail.line, true).endsWith('Z')).toBe(true)
	})
})

describe('the kinds in the address', () => {
	it('reads the kinds asked for in the map’s order, ignores unknown ones, and means everything when none is left', () => {
		expect(kindsFromSearch(new URLSearchParams('kind=offer&kind=facility'))).toEqual(['facility', 'offer'])
		expect(kindsFromSearch(new URLSearchParams('kind=offer&kind=<script>'))).toEqual(['offer'])
		expect(kindsFromSearch(new URLSearchParams('kind=expert'))).toEqual([...mapKinds])
		expect(kindsFromSearch(new URLSearchParams(''))).toEqual([...mapKinds])
	})

	it('sends a listing’s small map to the full map filtered on its kind and showing it', () => {
		expect(campusMapPath('facility', 'grantorp-gmp')).toBe('/map?kind=facility&focus=facility%3Agrantorp-gmp')
	})
})

describe('points at one position', () => {
	it('are laid out around it, close enough to read as one place, and a point alone keeps its place', () => {
		const at = { lat: 59.2196, lng: 17.9373 }
		const points = ['a', 'b', 'c'].map((slug) => ({
			id: `lab:${slug}`,
			kind: 'lab' as const,
			name: slug,
			href: `/labs/${slug}`,
			...at,
		}))
		const alone = { id: 'offer:x', kind: 'offer' as const, name: 'x', href: '/establish/x', lat: 59.218, lng: 17.946 }
		const spread = spreadPoints([...points, alone])
		const positions = new Set(spread.map((point) => `${point.lat},${point.lng}`))
		expect(positions.size).toBe(4)
		for (const point of spread.slice(0, 3)) {
			expect(metres(point, at)).toBeGreaterThan(20)
			expect(metres(point, at)).toBeLessThan(40)
		}
		expect(spread[3]).toEqual(alone)
	})

	it('leave a landmark where it is and move what stands at it', () => {
		const novum = {
			id: 'landmark:novum',
			kind: 'landmark' as const,
			name: 'Novum',
			href: '/search?q=Novum',
			lat: 59.2196,
			lng: 17.9373,
		}
		const offer = { ...novum, id: 'offer:bench', kind: 'offer' as const, name: 'Bench', href: '/establish/bench' }
		const [landmark, moved] = spreadPoints([novum, offer])
		expect(landmark).toEqual(novum)
		expect(metres(moved!, novum)).toBeGreaterThan(20)
	})
})
