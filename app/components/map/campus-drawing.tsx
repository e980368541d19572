import { useId } from 'react'
import {
	campusArea,
	campusBounds,
	campusLines,
	flemingsbergStation,
	landmarkLabelSides,
	onCampus,
	type LabelSide,
} from '~/domain/map/campus-outline.ts'
import type { MapPoint } from '~/domain/map/map-kinds.ts'
import { pathThrough, projection } from '~/domain/map/projection.ts'
import { markerShapes } from './marker-shapes.ts'

// The campus drawn as SVG on the server: the page's map with no JavaScript
// and no tile server, and the small map of a listing or an offer. Markers are
// links; the title and description name the drawing for screen readers, and
// the page lists the same places beside it.

const campus = projection(campusBounds, 1000)
const area = pathThrough(campus.project, campusArea, true)
const lines = campusLines.map((line) => ({ ...line, path: pathThrough(campus.project, line.line) }))
const station = campus.project(flemingsbergStation)
const fontSize = 30

/** A long name on two lines of about equal length, so labels stay inside the drawing. */
function labelLines(text: string): string[] {
	if (text.length <= 20) return [text]
	const spaces = [...text.matchAll(/ /g)].map((match) => match.index)
	const best = spaces.reduce(
		(chosen, index) => (Math.abs(text.length / 2 - index) < Math.abs(text.length / 2 - chosen) ? index : chosen),
		spaces[0] ?? text.length,
	)
	return [text.slice(0, best), text.slice(best + 1)].filter(Boolean)
}

function Label({ x, y, side, text }: { x: number; y: number; side: LabelSide; text: string }) {
	const rows = labelLines(text)
	// Clear of the markers spread around a landmark's dot (spread-points.ts).
	const gap = side === 'above' || side === 'below' ? 50 : 44
	const anchor = side === 'left' ? 'end' : side === 'right' ? 'start' : 'middle'
	const dx = side === 'left' ? -gap : side === 'right' ? gap : 0
	const firstY =
		side === 'above'
			? y - gap - (rows.length - 1) * fontSize
			: side === 'below'
				? y + gap + fontSize * 0.8
				: y + fontSize * 0.35 - ((rows.length - 1) * fontSize) / 2
	return (
		<text
			x={x + dx}
			y={firstY}
			textAnchor={anchor}
			fontSize={fontSize}
			fill="#1e293b"
			stroke="#fff"
			strokeWidth={7}
			paintOrder="stroke"
			strokeLinejoin="round"
		>
			{rows.map((row, index) => (
				<tspan key={index} x={x + dx} dy={index === 0 ? 0 : fontSize}>
					{row}
				</tspan>
			))}
		</text>
	)
}

export interface CampusDrawingProps {
	title: string
	description: string
	/** The places marked, each a link. */
	points: readonly MapPoint[]
	/** Landmarks drawn as labelled dots under the markers (the full map). */
	landmarks?: readonly MapPoint[]
	/** Names of the station and railway, when the drawing is large enough to write them. */
	names?: { station: string }
	focusId?: string | null
	markerLabel: (point: MapPoint) => string
	/** The small map: larger markers, no labels. */
	small?: boolean
	className?: string
}

export function CampusDrawing(props: CampusDrawingProps) {
	const { points, landmarks = [], names, focusId, markerLabel, small = false } = props
	const id = useId()
	const markerRadius = small ? 34 : 17
	// A place off the campus stays in the list (and on Leaflet's map) but has no spot on this drawing.
	const shown = points.filter((point) => onCampus(point))
	const focused = shown.find((point) => point.id === focusId)
	return (
		<svg
			xmlns="http://www.w3.org/2000/svg"
			viewBox={`0 0 ${campus.width} ${campus.height}`}
			width={campus.width}
			height={campus.height}
			// A picture with links in it is a group (an image's content is hidden from screen readers);
			// the small map's one marker is no link (the page's link beside it is), so it stays an image.
			role={small ? 'img' : 'group'}
			aria-labelledby={`${id}-title`}
			aria-describedby={`${id}-description`}
			className={props.className}
		>
			<title id={`${id}-title`}>{props.title}</title>
			<desc id={`${id}-description`}>{props.description}</desc>
			<rect width={campus.width} height={campus.height} fill="#eef3ee" />
			<path d={area} fill="#dde8dc" stroke="#a9c2a6" strokeWidth={4} />
			{lines.map((line) =>
				line.kind === 'rail' ? (
					<g key={line.name} fill="none">
						<path d={line.path} stroke="#475569" strokeWidth={10} />
						<path d={line.path} stroke="#fff" strokeWidth={5} strokeDasharray="22 22" />
					</g>
				) : (
					<g key={line.name} fill="none" strokeLinecap="round" strokeLinejoin="round">
						<path d={line.path} stroke="#c9c3b3" strokeWidth={small ? 20 : 16} />
						<path d={line.path} stroke="#fffdf5" strokeWidth={small ? 13 : 10} />
					</g>
				),
			)}
			<circle cx={station.x} cy={station.y} r={small ? 16 : 12} fill="#475569" stroke="#fff" strokeWidth={4} />
			{names ? (
				<>
					<Label x={station.x} y={station.y} side="below" text={names.station} />
				</>
			) : null}
			{landmarks.map((landmark) => {
				const { x, y } = campus.project(landmark)
				const code = landmark.id.slice(landmark.id.indexOf(':') + 1)
				return (
					<g key={landmark.id}>
						<circle cx={x} cy={y} r={7} fill="#334155" />
						<Label x={x} y={y} side={landmarkLabelSides[code] ?? 'right'} text={landmark.name} />
					</g>
				)
			})}
			{shown.map((point) => {
				const { x, y } = campus.project(point)
				const isFocused = point.id === focusId
				const radius = isFocused ? markerRadius * 1.5 : markerRadius
				const marker = (
					<>
						{isFocused ? <circle cx={x} cy={y} r={radius * 1.6} fill="#fde047" fillOpacity={0.6} /> : null}
						{/* A box of its own around the marker, in the shapes' own units (marker-shapes.ts). */}
						<svg
							x={x - radius * 1.4}
							y={y - radius * 1.4}
							width={radius * 2.8}
							height={radius * 2.8}
							viewBox="-1.4 -1.4 2.8 2.8"
						>
							<path
								d={markerShapes[point.kind].path}
								fill={markerShapes[point.kind].fill}
								stroke="#fff"
								strokeWidth={0.22}
							/>
						</svg>
					</>
				)
				if (small) return <g key={point.id}>{marker}</g>
				return (
					<a key={point.id} href={point.href} aria-label={markerLabel(point)} className="campus-marker">
						<title>{markerLabel(point)}</title>
						{marker}
					</a>
				)
			})}
			{focused && !small ? <Label {...campus.project(focused)} side="right" text={focused.name} /> : null}
		</svg>
	)
}
