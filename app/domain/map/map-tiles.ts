// The tile server behind the campus map's Leaflet view: an address template
// in Leaflet's form (https://tile.example.org/{z}/{x}/{y}.png, with {s} for
// a subdomain), set as MAP_TILES_URL. Unset (the default) the map draws the
// campus outline itself and asks nothing of anyone else.

const placeholders = ['{z}', '{x}', '{y}']

/** Why the template cannot be used, or null when it can. */
export function tileTemplateProblem(template: string): string | null {
	const origin = /^https?:\/\/([^/?#]+)\//.exec(template)
	if (!origin)
		return 'must start with http:// or https://, a host and a path, such as https://tile.example.org/{z}/{x}/{y}.png'
	if (!/^(\{s\}\.)?[a-z0-9.-]+(:\d{1,5})?$/i.test(origin[1]!))
		return 'the host may hold only letters, digits, dots, hyphens, a port and a leading {s}.'
	const missing = placeholders.filter((placeholder) => !template.includes(placeholder))
	if (missing.length) return `must contain ${missing.join(', ')} where the tile's zoom and column and row go`
	if (/[\s"'<>\\]/.test(template)) return 'must not contain spaces, quotes, angle brackets or backslashes'
	return null
}

/**
 * What the Content-Security-Policy must allow in img-src for the tiles: the
 * template's origin, a `{s}` subdomain as a wildcard (`https://*.tile.example.org`).
 */
export function tileImageSource(template: string): string {
	const origin = /^(https?:\/\/[^/?#]+)\//.exec(template)?.[1]
	if (!origin || tileTemplateProblem(template)) throw new Error('not a usable tile address template')
	return origin.replace('{s}.', '*.').toLowerCase()
}
