import type { LoaderFunctionArgs } from '@remix-run/node'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { CampusDrawing } from '~/components/map/campus-drawing.tsx'
import { onCampus } from '~/domain/map/campus-outline.ts'
import { isMapKind } from '~/domain/map/map-kinds.ts'
import { notFound } from '~/http/params.server.ts'

// The small campus map of a listing's or an offer's page, as an SVG image:
// the same drawing as /map with one marker, drawn here so that those pages
// carry an <img> rather than the drawing's code (decision 027's budget).
// /map/place.svg?kind=facility&lat=59.2196&lng=17.9373; anything off the
// campus, or not a number, is a 404.

const coordinate = (value: string | null) => (value && /^-?\d{1,3}(\.\d{1,8})?$/.test(value) ? Number(value) : null)

export function loader({ request }: LoaderFunctionArgs) {
	const search = new URL(request.url).searchParams
	const kind = search.get('kind')
	const position = { lat: coordinate(search.get('lat')), lng: coordinate(search.get('lng')) }
	if (!isMapKind(kind) || !onCampus(position)) throw notFound()
	const point = { id: 'place', kind, name: '', href: '', ...position }
	const svg = renderToStaticMarkup(
		createElement(CampusDrawing, { small: true, title: '', description: '', points: [point], markerLabel: () => '' }),
	)
	return new Response(svg, {
		headers: {
			'Content-Type': 'image/svg+xml; charset=utf-8',
			// The drawing changes only with a release; the address names everything else it shows.
			'Cache-Control': 'public, max-age=86400',
			'X-Content-Type-Options': 'nosniff',
		},
	})
}
