import { useEffect, useRef, useState, type ReactNode } from 'react'
import { campusArea, campusBounds, campusLines, flemingsbergStation } from '~/domain/map/campus-outline.ts'
import type { MapPoint } from '~/domain/map/map-kinds.ts'
import { markerSvg } from './marker-shapes.ts'

// The campus map with JavaScript: Leaflet, loaded only here and only once the
// page runs (it touches `window`), over the server-drawn SVG it replaces when
// ready. With MAP_TILES_URL it lays the tiles under the markers; without, it
// draws the same outline as the SVG as vector layers, so the page asks no
// server but the portal for anything.

export interface LeafletCampusMapProps {
	points: readonly MapPoint[]
	landmarks: readonly MapPoint[]
	focusId: string | null
	tiles: { url: string; attribution: string } | null
	markerLabel: (point: MapPoint) => string
	kindName: (point: MapPoint) => string
	openText: string
	stationName: string
	/** The server's drawing: shown until Leaflet is ready, and for good if it never is. */
	children: ReactNode
}

function popupContent(point: MapPoint, kindName: string, openText: string): HTMLElement {
	const box = document.createElement('div')
	const kind = document.createElement('p')
	kind.className = 'text-xs text-slate-600'
	kind.textContent = kindName
	const link = document.createElement('a')
	link.href = point.href
	link.className = 'link font-semibold'
	link.textContent = point.name
	if (point.lang) link.lang = point.lang
	const open = document.createElement('span')
	open.className = 'sr-only'
	open.textContent = ` (${openText})`
	link.append(open)
	box.append(kind, link)
	return box
}

export function LeafletCampusMap(props: LeafletCampusMapProps) {
	const mapBox = useRef<HTMLDivElement>(null)
	const [ready, setReady] = useState(false)
	const { points, landmarks, focusId, tiles } = props
	// The texts and callbacks change identity on every render; the map is built once per set of points.
	const latest = useRef(props)
	latest.current = props

	useEffect(() => {
		let cancelled = false
		let remove: (() => void) | undefined
		// Leaflet's ES module build: its CommonJS one would put Vite's CommonJS helpers on every page.
		void Promise.all([import('leaflet/dist/leaflet-src.esm.js'), import('leaflet/dist/leaflet.css')]).then(([L]) => {
			const element = mapBox.current
			if (cancelled || !element) return
			const { markerLabel, kindName, openText, stationName } = latest.current
			const map = L.map(element, { scrollWheelZoom: false, zoomSnap: 0.5 })
			remove = () => map.remove()
			const toLatLng = ({ lat, lng }: { lat: number; lng: number }): [number, number] => [lat, lng]
			if (tiles) {
				// Set by the operator, shown as text: an attribution is never markup.
				const attribution = tiles.attribution.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
				L.tileLayer(tiles.url, { attribution, maxZoom: 19 }).addTo(map)
			} else {
				L.polygon(campusArea.map(toLatLng), {
					color: '#a9c2a6',
					weight: 2,
					fillColor: '#dde8dc',
					fillOpacity: 1,
				}).addTo(map)
				for (const line of campusLines) {
					const path = line.line.map(toLatLng)
					if (line.kind === 'rail') {
						L.polyline(path, { color: '#475569', weight: 5, interactive: false }).addTo(map)
						L.polyline(path, { color: '#fff', weight: 2, dashArray: '8 8', interactive: false }).addTo(map)
					} else {
						L.polyline(path, { color: '#c9c3b3', weight: 8, interactive: false }).addTo(map)
						L.polyline(path, { color: '#fffdf5', weight: 5, interactive: false }).addTo(map)
					}
				}
			}
			L.circleMarker(toLatLng(flemingsbergStation), { radius: 6, color: '#fff', fillColor: '#475569', fillOpacity: 1 })
				.bindTooltip(stationName, { permanent: true, direction: 'bottom' })
				.addTo(map)
			const shownIds = new Set(points.map((point) => point.id))
			for (const landmark of landmarks) {
				if (shownIds.has(landmark.id)) continue
				L.circleMarker(toLatLng(landmark), { radius: 4, color: '#334155', fillOpacity: 1, interactive: false })
					.bindTooltip(landmark.name, { permanent: true, direction: 'right', className: 'text-xs' })
					.addTo(map)
			}
			let focused: ReturnType<typeof L.marker> | undefined
			for (const point of points) {
				const size = point.id === focusId ? 30 : 22
				const label = markerLabel(point)
				const marker = L.marker(toLatLng(point), {
					icon: L.divIcon({ html: markerSvg(point.kind, size), className: '', iconSize: [size, size] }),
					title: label,
					keyboard: true,
					riseOnHover: true,
				})
					.bindPopup(popupContent(point, kindName(point), openText))
					.addTo(map)
				marker.getElement()?.setAttribute('aria-label', label)
				if (point.kind === 'landmark')
					marker.bindTooltip(point.name, { permanent: true, direction: 'right', offset: [8, 0] })
				if (point.id === focusId) focused = marker
			}
			if (focused) {
				map.setView(focused.getLatLng(), 17)
				focused.openPopup()
			} else {
				map.fitBounds([
					[campusBounds.south, campusBounds.west],
					[campusBounds.north, campusBounds.east],
				])
			}
			setReady(true)
		})
		return () => {
			cancelled = true
			remove?.()
			setReady(false)
		}
	}, [points, landmarks, focusId, tiles])

	return (
		<div className="relative">
			<div className={ready ? 'hidden' : undefined}>{props.children}</div>
			{/* React never sets the inner box's classes again: Leaflet adds its own to it. */}
			<div className={ready ? undefined : 'campus-leaflet-waiting'}>
				<div ref={mapBox} data-testid="leaflet-map" className="campus-leaflet" />
			</div>
		</div>
	)
}
