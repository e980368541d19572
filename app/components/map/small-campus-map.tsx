import { Link } from '@remix-run/react'
import type { ListingDetail } from '~/domain/directory/types.ts'
import { campusMapPath, pointId, type MapKind } from '~/domain/map/map-kinds.ts'
import { onCampus } from '~/domain/map/campus-outline.ts'
import { useT } from '~/i18n/use-t.ts'
import { CampusDrawing } from './campus-drawing.tsx'

type Located = { lat: number | null; lng: number | null } | null | undefined

/**
 * A listing's or an offer's place on a small drawing of the campus, with the
 * way to the full map showing it. Server-rendered SVG without Leaflet, so the
 * page stays light; nothing at all for a place that is not on the campus.
 */
export function SmallCampusMap(props: {
	kind: Exclude<MapKind, 'landmark'>
	slug: string
	name: string
	position: Located
	className?: string
}) {
	const { t } = useT()
	const { kind, slug, name, position } = props
	if (!onCampus(position)) return null
	const point = {
		id: pointId(kind, slug),
		kind,
		name,
		href: campusMapPath(kind, slug),
		lat: position.lat,
		lng: position.lng,
	}
	return (
		<section aria-labelledby="campus-map-heading" className={`card space-y-3 p-5 ${props.className ?? ''}`}>
			<h2 id="campus-map-heading" className="text-base font-semibold text-slate-900">
				{t('mapLink.heading')}
			</h2>
			<CampusDrawing
				small
				title={t('mapLink.drawing', { name })}
				description={t('mapLink.drawing', { name })}
				points={[point]}
				focusId={null}
				markerLabel={() => t('mapLink.show')}
			/>
			<p>
				<Link to={point.href} className="link">
					{t('mapLink.show')}
				</Link>
			</p>
		</section>
	)
}

/** The small map of an organisation, lab or facility with a position (experts have none). */
export function ListingSmallMap({ listing }: { listing: ListingDetail }) {
	if (listing.type === 'expert') return null
	const position = listing.type === 'organization' ? listing.location : listing.place?.location
	return (
		<SmallCampusMap kind={listing.type} slug={listing.slug} name={listing.name} position={position} className="mt-6" />
	)
}
