// Which addresses search engines are asked to leave alone: the signed-in and
// staff areas, whose pages say nothing to a visitor but "log in".

/** Path prefixes of the areas behind a login; /api/ is the machines' own, except its readable reference. */
export const privatePathPrefixes = [
	'/coordinator',
	'/account',
	'/admin',
	'/my-listings',
	'/requests',
	'/inbox',
	'/home',
	'/notifications',
	'/api/',
] as const

/** Public pages inside a private prefix. */
export const publicExceptions = ['/api/docs'] as const

function underPrefix(path: string, prefix: string): boolean {
	if (prefix.endsWith('/')) return path.startsWith(prefix)
	return path === prefix || path.startsWith(`${prefix}/`)
}

export function isPrivatePath(path: string): boolean {
	if (publicExceptions.some((exception) => underPrefix(path, exception))) return false
	return privatePathPrefixes.some((prefix) => underPrefix(path, prefix))
}

/**
 * robots.txt for every crawler. A prefix without a trailing slash is written
 * twice (`/home` and `/home/`) rather than as `/home`, which would also keep
 * crawlers from a public `/homepage-news` added later.
 */
export function robotsTxt(baseUrl: string): string {
	const lines = ['User-agent: *']
	for (const exception of publicExceptions) lines.push(`Allow: ${exception}`)
	for (const prefix of privatePathPrefixes) {
		if (prefix.endsWith('/')) lines.push(`Disallow: ${prefix}`)
		else lines.push(`Disallow: ${prefix}$`, `Disallow: ${prefix}?`, `Disallow: ${prefix}/`)
	}
	lines.push('Allow: /', '', `Sitemap: ${baseUrl}/sitemap.xml`, '')
	return lines.join('\n')
}
