import { Link } from '@remix-run/react'
import { Section } from '~/components/section.tsx'
import type { ListingDetail } from '~/domain/directory/types.ts'
import { onCampus } from '~/domain/map/campus-bounds.ts'
import { campusMapPath, type MapKind } from '~/domain/map/map-kinds.ts'
import { needTexts } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'

// The small map's few texts are a part of their own: only listing and offer pages carry them.
await needTexts('placeMap')

type Located = { lat: number | null; lng: number | null } | null | undefined

/**
 * A listing's or an offer's place on a small drawing of the campus (an SVG
 * image the server draws, /map/place.svg), with the way to the full map
 * showing it. No Leaflet and no drawing code on these pages; nothing at all
 * for a place that is not on the campus.
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
	const image = `/map/place.svg?${new URLSearchParams({ kind, lat: String(position.lat), lng: String(position.lng) })}`
	return (
		<Section
			id="campus-map-heading"
			heading={t('mapLink.heading')}
			size="base"
			className={`card space-y-3 p-5 ${props.className ?? ''}`}
		>
			<img
				src={image}
				alt={t('mapLink.drawing', { name })}
				width={1000}
				height={977}
				loading="lazy"
				className="h-auto w-full rounded-lg"
			/>
			<p>
				<Link to={campusMapPath(kind, slug)} className="link">
					{t('mapLink.show')}
				</Link>
			</p>
		</Section>
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
