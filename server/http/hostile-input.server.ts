import type { Request as ExpressRequest, RequestHandler } from 'express'
import getRawBody from 'raw-body'
import { sendEdgeAnswer } from './edge-answer.server.ts'
import { ownOrigin } from './proxy.server.ts'

// Hostile or malformed input is refused before the app runs, with a 4xx and
// nothing written (docs/decisions/013-http-edge.md).

/** The most a form or a JSON request may carry. */
export const BODY_LIMIT_BYTES = 1024 * 1024

/**
 * A listing form with its picture (at most 5 MB, refused by the page itself
 * with a message by the field above that): room for the rest of the form too.
 */
export const UPLOAD_BODY_LIMIT_BYTES = 8 * 1024 * 1024
const uploadPaths = /^\/my-listings\/(new|[0-9a-f-]{36}\/edit)$/i

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])
const isMutation = (req: ExpressRequest) => !safeMethods.has(req.method)
const isApiPath = (path: string) => path.startsWith('/api/')

/** 400 for a NUL (raw or %00) anywhere in the address, or a path that is not valid percent-encoding. */
export function rejectMalformedAddress(): RequestHandler {
	return (req, res, next) => {
		const address = req.originalUrl
		if (address.includes('\0') || /%00/i.test(address)) return sendEdgeAnswer(req, res, 'bad-request')
		try {
			decodeURIComponent(address.split('?')[0] ?? '')
		} catch {
			return sendEdgeAnswer(req, res, 'bad-request')
		}
		next()
	}
}

/**
 * 403 for a state-changing request another site made a browser send: an
 * Origin that is neither the public address nor the one this request came in
 * on, or Sec-Fetch-Site: cross-site. Requests with neither header (curl,
 * servers) pass: a browser always sends Origin on a cross-origin POST. So do
 * API calls from the pages of origins CORS allows (`allowed`).
 */
export function rejectCrossOriginMutations(
	publicOrigin: () => string,
	allowed: (req: ExpressRequest) => boolean = () => false,
): RequestHandler {
	return (req, res, next) => {
		if (!isMutation(req) || allowed(req)) return next()
		if (req.get('Sec-Fetch-Site')?.toLowerCase() === 'cross-site') return sendEdgeAnswer(req, res, 'cross-origin')
		const origin = req.get('Origin')
		if (origin !== undefined) {
			const normalised = origin.trim().toLowerCase()
			if (normalised !== publicOrigin().toLowerCase() && normalised !== ownOrigin(req))
				return sendEdgeAnswer(req, res, 'cross-origin')
		}
		next()
	}
}

function mediaTypeOf(req: ExpressRequest): string {
	return (req.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
}

const hasBody = (req: ExpressRequest) =>
	req.get('Transfer-Encoding') !== undefined || Number(req.get('Content-Length') ?? 0) > 0

const formTypes = new Set(['application/x-www-form-urlencoded', 'multipart/form-data'])

/**
 * 415 for a body the route cannot read: pages and their actions take forms
 * (a JSON or text body, or none, made formData() throw and answer 500);
 * /api/ takes JSON.
 */
export function rejectUnreadableBodies(): RequestHandler {
	return (req, res, next) => {
		if (!isMutation(req)) return next()
		const type = mediaTypeOf(req)
		if (isApiPath(req.path)) {
			if (hasBody(req) && type !== 'application/json') return sendEdgeAnswer(req, res, 'unsupported-type')
		} else if (!formTypes.has(type)) {
			return sendEdgeAnswer(req, res, 'unsupported-type')
		}
		next()
	}
}

function containsNul(value: unknown, depth = 0): boolean {
	if (typeof value === 'string') return value.includes('\0')
	if (depth > 64 || !value || typeof value !== 'object') return false
	for (const [key, entry] of Object.entries(value)) {
		if (key.includes('\0') || containsNul(entry, depth + 1)) return true
	}
	return false
}

/**
 * Whether the app can read the body as what it says it is, and without a NUL
 * (which PostgreSQL refuses in text): a multipart body that does not parse
 * made formData() throw in the action and answer 500.
 */
async function bodyProblem(req: ExpressRequest, body: Buffer): Promise<'nul' | 'unreadable' | null> {
	const type = mediaTypeOf(req)
	if (type === 'application/x-www-form-urlencoded') {
		if (body.includes(0)) return 'nul'
		for (const [name, value] of new URLSearchParams(body.toString('utf8'))) {
			if (name.includes('\0') || value.includes('\0')) return 'nul'
		}
		return null
	}
	if (type === 'multipart/form-data') {
		let form: FormData
		try {
			form = await new Response(new Uint8Array(body), {
				headers: { 'Content-Type': req.get('Content-Type')! },
			}).formData()
		} catch {
			return 'unreadable'
		}
		for (const [name, value] of form) {
			// Files may hold any bytes; names and text fields reach the database.
			if (name.includes('\0') || (typeof value === 'string' && value.includes('\0'))) return 'nul'
		}
		return null
	}
	if (type === 'application/json') {
		if (body.includes(0)) return 'nul'
		try {
			return containsNul(JSON.parse(body.toString('utf8'))) ? 'nul' : null
		} catch {
			return null // not JSON at all: the route answers that itself
		}
	}
	return null
}

/**
 * How much of an oversized body is read and thrown away before the 413 goes
 * out. Closing a connection with request bytes still arriving makes the
 * kernel reset it, and a client still sending (a browser uploading a large
 * picture, any HTTP client writing its body) then loses the answer with the
 * upload: it shows "connection reset" instead of the page that says what was
 * wrong. A client that sends more than this, or for longer, is cut off.
 */
export const DISCARD_LIMIT = { bytes: 32 * 1024 * 1024, milliseconds: 10_000 }

function discardRestOfBody(req: ExpressRequest): Promise<void> {
	if (req.complete || req.destroyed) return Promise.resolve()
	return new Promise((resolve) => {
		let discarded = 0
		const finish = () => {
			clearTimeout(timer)
			req.off('data', count)
			req.off('end', finish)
			req.off('close', finish)
			req.off('error', finish)
			req.pause()
			resolve()
		}
		const count = (chunk: Buffer) => {
			discarded += chunk.length
			if (discarded > DISCARD_LIMIT.bytes) finish()
		}
		const timer = setTimeout(finish, DISCARD_LIMIT.milliseconds)
		req.on('data', count)
		req.once('end', finish)
		req.once('close', finish)
		req.once('error', finish)
		req.resume()
	})
}

/**
 * Reads the body of a state-changing request, at most BODY_LIMIT_BYTES (a
 * listing form with a picture: UPLOAD_BODY_LIMIT_BYTES): a
 * larger Content-Length, or a chunked body that grows past the limit, is
 * refused (413) once the client has finished sending (DISCARD_LIMIT). Then 400 for a NUL
 * in a form or JSON value, or a multipart form that does not parse. The app
 * gets the body from `res.locals.body`.
 */
export function readLimitedBody(): RequestHandler {
	return async (req, res, next) => {
		if (!isMutation(req)) return next()
		const limit =
			mediaTypeOf(req) === 'multipart/form-data' && uploadPaths.test(req.path)
				? UPLOAD_BODY_LIMIT_BYTES
				: BODY_LIMIT_BYTES
		const declared = req.get('Content-Length')
		if (declared !== undefined && Number(declared) > limit) {
			if (Number(declared) <= DISCARD_LIMIT.bytes) await discardRestOfBody(req)
			return sendEdgeAnswer(req, res, 'too-large', { closeConnection: true })
		}
		let body: Buffer
		try {
			body = await getRawBody(req, { limit, length: declared })
		} catch (error) {
			const type = (error as { type?: string }).type
			if (type === 'entity.too.large') {
				await discardRestOfBody(req)
				return sendEdgeAnswer(req, res, 'too-large', { closeConnection: true })
			}
			if (type === 'request.aborted') return
			return sendEdgeAnswer(req, res, 'bad-request', { closeConnection: true })
		}
		if (await bodyProblem(req, body)) return sendEdgeAnswer(req, res, 'bad-request')
		res.locals.body = body
		next()
	}
}
