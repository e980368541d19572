import { env } from '~/utils/env.server.ts'

/** The tile server the campus map's Leaflet view uses, or null: draw the campus outline instead. */
export function mapTilesSetting(): { url: string; attribution: string } | null {
	const { MAP_TILES_URL, MAP_TILES_ATTRIBUTION } = env()
	return MAP_TILES_URL ? { url: MAP_TILES_URL, attribution: MAP_TILES_ATTRIBUTION ?? '' } : null
}
