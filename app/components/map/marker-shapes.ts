// Each kind of point has a shape as well as a colour, so the map reads
// without telling colours apart. Paths are centred on 0,0 with a radius of
// about 1; the drawing and Leaflet's markers scale them.
import type { MapKind } from '~/domain/map/map-kinds.ts'

export const markerShapes: Record<MapKind, { path: string; fill: string }> = {
	landmark: { path: 'M-0.8 -0.8H0.8V0.8H-0.8Z', fill: '#334155' },
	organization: { path: 'M-1 0A1 1 0 1 0 1 0A1 1 0 1 0 -1 0Z', fill: '#0f5f66' },
	facility: { path: 'M0 -1.1L1.1 0L0 1.1L-1.1 0Z', fill: '#6d28d9' },
	lab: { path: 'M0 -1.1L1.05 0.85H-1.05Z', fill: '#9a3412' },
	offer: {
		path: 'M0 -1.15L0.3 -0.38L1.1 -0.36L0.47 0.14L0.68 0.93L0 0.48L-0.68 0.93L-0.47 0.14L-1.1 -0.36L-0.3 -0.38Z',
		fill: '#be123c',
	},
}

/** A marker as standalone SVG markup (Leaflet's icons are HTML), with its white edge. */
export function markerSvg(kind: MapKind, size: number): string {
	const shape = markerShapes[kind]
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="-1.4 -1.4 2.8 2.8" aria-hidden="true"><path d="${shape.path}" fill="${shape.fill}" stroke="#fff" stroke-width="0.25"/></svg>`
}
