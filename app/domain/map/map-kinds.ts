// What the campus map shows, and the filter by kind it reads from the
// address (/map?kind=facility&kind=offer). Plain, so the page, the list
// and the tests agree without the server.

export const mapKinds = ['landmark', 'organization', 'facility', 'lab', 'offer'] as const
export type MapKind = (typeof mapKinds)[number]

export function isMapKind(value: unknown): value is MapKind {
	return typeof value === 'string' && (mapKinds as readonly string[]).includes(value)
}

/** The kinds asked for in the address, in the map's order; none (or only unknown ones) means all. */
export function kindsFromSearch(search: URLSearchParams): MapKind[] {
	const asked = new Set(search.getAll('kind').filter(isMapKind))
	return asked.size ? mapKinds.filter((kind) => asked.has(kind)) : [...mapKinds]
}

/** One point's id: its kind and its address's last part, e.g. "facility:grantorp-gmp-suite". */
export function pointId(kind: MapKind, key: string): string {
	return `${kind}:${key}`
}

/** Where a listing's or offer's small map sends the visitor: the campus map, showing that point. */
export function campusMapPath(kind: Exclude<MapKind, 'landmark'>, key: string): string {
	return `/map?${new URLSearchParams({ kind, focus: pointId(kind, key) }).toString()}`
}

export interface MapPoint {
	id: string
	kind: MapKind
	/** In the viewer's language where the thing has a name in it. */
	name: string
	/** The language `name` is written in, when it is not the page's (an offer titled in one language only). */
	lang?: 'en' | 'sv'
	href: string
	lat: number
	lng: number
}
