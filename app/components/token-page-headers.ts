import type { HeadersFunction } from '@remix-run/node'

/**
 * For pages whose form can answer 429: a browser's full-page post gets the
 * answer's headers only through the route's `headers` export, so this one
 * carries the action's Retry-After along. Keeps the headers the root sets (Vary).
 */
export const retryAfterHeaders: HeadersFunction = ({ parentHeaders, actionHeaders }) => {
	const headers = new Headers(parentHeaders)
	const retryAfter = actionHeaders.get('Retry-After')
	if (retryAfter) headers.set('Retry-After', retryAfter)
	return headers
}

/**
 * For pages whose address holds a one-time token (reset, confirm, invite,
 * a mail on /admin/mail): a link to another site must not carry the address
 * there in Referer, and no cache may keep the page. `same-origin` rather than
 * `no-referrer`: with the latter browsers send "Origin: null" on the page's
 * own form posts, which Remix's CSRF check rightly refuses.
 */
export const tokenPageHeaders: HeadersFunction = (args) => {
	const headers = new Headers(retryAfterHeaders(args))
	headers.set('Referrer-Policy', 'same-origin')
	headers.set('Cache-Control', 'no-store')
	return headers
}
