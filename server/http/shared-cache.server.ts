import { createHash } from 'node:crypto'

// What a visitor's answer may do in caches (docs/decisions/022-caching-and-cluster.md).
// Anonymous GETs of the public directory pages may be kept by a shared cache
// (a CDN or reverse proxy) for a short while, and every anonymous answer a
// cache may keep carries an ETag, so a browser that already has it gets a
// 304 without the body. Anything with a session cookie, or that sets a
// cookie, stays private, no-store (remix-handler.server.ts).

/** Routes whose anonymous answer is the same for every visitor of a language: public data only. */
const SHARED_ROUTES = new Set([
	'routes/_index',
	'routes/search',
	'routes/open-calls',
	'routes/organizations._index',
	'routes/labs._index',
	'routes/facilities._index',
	'routes/experts._index',
	'routes/organizations.$slug',
	'routes/labs.$slug',
	'routes/facilities.$slug',
	'routes/experts.$slug',
	'routes/about',
	'routes/contact',
	'routes/privacy',
	'routes/news._index',
	'routes/news.$slug',
	'routes/events._index',
	'routes/events.$slug',
])

/**
 * Browsers revalidate every time (max-age=0, answered by a 304 while nothing
 * changed), so a visitor sees an edit at once; a shared cache may answer for
 * 30 s and serve a stale copy for a minute while it fetches a fresh one.
 */
export const SHARED_CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=60'

export function sharedCacheControl(routeId: string | undefined): string | undefined {
	return routeId && SHARED_ROUTES.has(routeId) ? SHARED_CACHE_CONTROL : undefined
}

/**
 * Routes whose answer names its content in its address (a picture's content
 * hash) and is the same whoever asks: cached for a year, even for people
 * signed in, since there is nothing personal in it.
 */
const IMMUTABLE_ROUTES = new Set(['routes/images.$key'])

export function isImmutableRoute(routeId: string | undefined): boolean {
	return routeId !== undefined && IMMUTABLE_ROUTES.has(routeId)
}

/** Whether the answer may be kept by someone: any public Cache-Control. */
export function isPublic(cacheControl: string | null | undefined): boolean {
	return /(^|,)\s*public\s*(,|$)/i.test(cacheControl ?? '')
}

/**
 * A weak ETag of the body. The page's CSP nonce changes on every request, so
 * it is left out: two renderings of the same content get the same tag.
 */
export function etagOf(body: Buffer, nonce: string | undefined): string {
	const hash = createHash('sha1')
	if (nonce && nonce.length >= 8) {
		// Hashed piece by piece around the nonce: a search page is 130 KB, and
		// turning it into a string and back cost more than the hash.
		const needle = Buffer.from(nonce)
		let start = 0
		for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, start)) {
			hash.update(body.subarray(start, at))
			start = at + needle.length
		}
		hash.update(body.subarray(start))
	} else {
		hash.update(body)
	}
	return `W/"${hash.digest('base64url').slice(0, 27)}"`
}

/** If-None-Match matches when it lists this tag (weak comparison) or is `*`. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
	if (!ifNoneMatch) return false
	const strip = (tag: string) => tag.trim().replace(/^W\//, '')
	return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag))
}
