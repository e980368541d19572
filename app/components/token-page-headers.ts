import type { HeadersFunction } from '@remix-run/node'

/**
 * For pages whose address holds a one-time token (reset, confirm, invite,
 * a mail on /admin/mail): a link to another site must not carry the address
 * there in Referer, and no cache may keep the page. `same-origin` rather than
 * `no-referrer`: with the latter browsers send "Origin: null" on the page's
 * own form posts, which Remix's CSRF check rightly refuses.
 * Keeps the headers the root sets (Vary).
 */
export const tokenPageHeaders: HeadersFunction = ({ parentHeaders }) => {
	const headers = new Headers(parentHeaders)
	headers.set('Referrer-Policy', 'same-origin')
	headers.set('Cache-Control', 'no-store')
	return headers
}
