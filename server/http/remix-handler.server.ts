import { createRequestHandler, writeReadableStreamToWritable, type ServerBuild } from '@remix-run/node'
import { matchRoutes } from '@remix-run/react'
import { LRUCache } from 'lru-cache'
import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express'
import { readCookie } from '../../app/http/cookies.ts'
import { pagePathOf } from '../../app/http/page-path.ts'
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from '../../app/http/session-cookie.server.ts'
import { requestContext } from '../../app/utils/request-context.server.ts'
import { sendEdgeAnswer } from './edge-answer.server.ts'
import { encodedBody, sharedMaxAge, type CachedPage, type PageCache } from './page-cache.server.ts'
import { preferredEncoding } from './precompressed.server.ts'
import { ownOrigin, sentByTrustedProxy } from './proxy.server.ts'
import { etagOf, isImmutableRoute, isPublic, matchesEtag, sharedCacheControl } from './shared-cache.server.ts'

// Remix behind our edge. Unlike @remix-run/express's handler it hands Remix
// the body the edge already read (within the limit), builds the request URL
// from what TRUST_PROXY allows, lets the app's headers win over the edge's
// defaults, keeps signed-in pages out of shared caches while letting them keep
// visitors' public pages (shared-cache.server.ts) and keeps them itself
// between writes (page-cache.server.ts), and turns a 500 caused by an
// unreachable database into the outage page.

/** The request carries a session: its pages show signed-in data (at least the user menu). */
export function carriesSession(cookieHeader: string | undefined): boolean {
	return [SESSION_COOKIE, SECURE_SESSION_COOKIE].some((name) => readCookie(cookieHeader, name) !== undefined)
}

type RouteObject = Parameters<typeof matchRoutes>[0][number]

function routeTree(routes: ServerBuild['routes'], parentId: string | undefined): RouteObject[] {
	return Object.values(routes)
		.filter((route) => route?.parentId === parentId)
		.map((route) =>
			route!.index
				? ({ id: route!.id, path: route!.path, index: true } as RouteObject)
				: ({ id: route!.id, path: route!.path, children: routeTree(routes, route!.id) } as RouteObject),
		)
}

interface RouteLookup {
	tree: RouteObject[]
	/** Matching ranks every route afresh (about 100 here): paths asked for again are answered from memory. */
	known: LRUCache<string, { id: string | undefined }>
}

const lookups = new WeakMap<ServerBuild, RouteLookup>()

/** The Remix route id that answers this path (for `.data` requests, the page's route), for the request log and the caches. */
export function routeIdFor(build: ServerBuild, pathname: string): string | undefined {
	let lookup = lookups.get(build)
	if (!lookup) {
		lookup = { tree: routeTree(build.routes, undefined), known: new LRUCache({ max: 500 }) }
		lookups.set(build, lookup)
	}
	const pagePath = pagePathOf(pathname)
	const known = lookup.known.get(pagePath)
	if (known) return known.id
	let id: string | undefined
	try {
		id = matchRoutes(lookup.tree, pagePath)?.at(-1)?.route.id
	} catch {
		id = undefined
	}
	lookup.known.set(pagePath, { id })
	return id
}

function remixRequest(req: ExpressRequest, res: ExpressResponse, url: URL): Request {
	const trustsProxy = sentByTrustedProxy(req)
	const headers = new Headers()
	for (const [name, value] of Object.entries(req.headers)) {
		if (value === undefined) continue
		// Forwarded headers are the client's own words unless a trusted proxy wrote them.
		if (!trustsProxy && name.startsWith('x-forwarded-')) continue
		// The edge has already judged the origin; Remix's own check would answer a
		// proxy's rewritten Host with a 500.
		if (name === 'origin') continue
		for (const entry of Array.isArray(value) ? value : [value]) headers.append(name, entry)
	}
	const controller = new AbortController()
	res.on('close', () => {
		if (!res.writableFinished) controller.abort()
	})
	const body = res.locals.body as Buffer | undefined
	return new Request(url, {
		method: req.method,
		headers,
		signal: controller.signal,
		...(body && req.method !== 'GET' && req.method !== 'HEAD' ? { body: new Uint8Array(body) } : {}),
	})
}

async function sendResponse(
	req: ExpressRequest,
	res: ExpressResponse,
	response: Response,
	options: { private: boolean; routeId: string | undefined; keep?: (page: CachedPage, maxAgeSeconds: number) => void },
) {
	res.statusMessage = response.statusText
	res.status(response.status)
	for (const [name, value] of response.headers) {
		if (name === 'set-cookie') res.append(name, value)
		else res.setHeader(name, value)
	}
	const read = req.method === 'GET' || req.method === 'HEAD'
	if (options.private) res.setHeader('Cache-Control', 'private, no-store')
	else if (read && response.status === 200 && !response.headers.has('Cache-Control')) {
		const shared = sharedCacheControl(options.routeId)
		if (shared) res.setHeader('Cache-Control', shared)
	}
	if (!response.body) return res.end()
	// What a cache may keep is sent whole with an ETag, so a copy the client has is answered with a 304.
	const cacheable =
		!options.private && read && response.status === 200 && isPublic(String(res.getHeader('Cache-Control')))
	// JSON is never streamed: sent whole with its length, compression can leave a tiny answer as it is.
	if (cacheable || /^application\/json\b/i.test(response.headers.get('Content-Type') ?? '')) {
		const body = Buffer.from(await response.arrayBuffer())
		if (cacheable) {
			const etag = etagOf(body, res.locals.cspNonce as string | undefined)
			res.setHeader('ETag', etag)
			const maxAge = sharedMaxAge(String(res.getHeader('Cache-Control')))
			if (options.keep && maxAge !== undefined) options.keep(pageToKeep(res, response, body, etag), maxAge)
			if (matchesEtag(req.get('If-None-Match'), etag)) {
				// The client keeps the copy it has with the headers it came with: a new CSP
				// nonce here would no longer match the scripts of that copy.
				for (const name of ['Content-Security-Policy', 'Content-Type', 'Content-Length']) res.removeHeader(name)
				res.status(304)
				return res.end()
			}
		}
		res.setHeader('Content-Length', body.length)
		return res.end(body)
	}
	// Streamed HTML and data are flushed chunk by chunk, through compression too.
	await writeReadableStreamToWritable(response.body, res)
}

/** The copy kept: the app's headers, the caching headers, and the CSP whose nonce the body's scripts carry. */
function pageToKeep(res: ExpressResponse, response: Response, body: Buffer, etag: string): CachedPage {
	const headers: CachedPage['headers'] = [...response.headers].filter(([name]) => name !== 'set-cookie')
	for (const name of ['Cache-Control', 'ETag', 'Content-Security-Policy']) {
		const value = res.getHeader(name)
		if (value !== undefined) headers.push([name, value])
	}
	return { headers, body, etag, storedAt: Date.now() }
}

/** Bodies smaller than this go out as they are (the compression middleware's threshold). */
const COMPRESS_FROM_BYTES = 1024

/** A kept copy, answered as the rendering was (compressed once, not per answer), with its age; a client that has it gets a 304. */
async function sendKeptPage(req: ExpressRequest, res: ExpressResponse, page: CachedPage) {
	for (const [name, value] of page.headers) res.setHeader(name, value)
	res.setHeader('Age', Math.floor((Date.now() - page.storedAt) / 1000))
	res.vary('Accept-Encoding')
	if (matchesEtag(req.get('If-None-Match'), page.etag)) {
		for (const name of ['Content-Security-Policy', 'Content-Type', 'Content-Length']) res.removeHeader(name)
		return res.status(304).end()
	}
	const encoding = page.body.length >= COMPRESS_FROM_BYTES ? preferredEncoding(req) : undefined
	// The compression middleware leaves an answer that already has a Content-Encoding as it is,
	// and compresses the page itself if its kept copy could not be.
	const encoded = encoding ? await encodedBody(page, encoding).catch(() => undefined) : undefined
	if (encoded) res.setHeader('Content-Encoding', encoding!)
	const body = encoded ?? page.body
	res.status(200).setHeader('Content-Length', body.length)
	return res.end(body)
}

/** Whether a request may be answered from, and its answer kept in, the page cache: what a shared cache may keep. */
function mayKeep(req: ExpressRequest, routeId: string | undefined): boolean {
	return (
		req.method === 'GET' &&
		sharedCacheControl(routeId) !== undefined &&
		!carriesSession(req.get('Cookie')) &&
		req.get('Authorization') === undefined
	)
}

export function remixHandler(options: {
	build: () => Promise<ServerBuild>
	mode: 'development' | 'production'
	pageCache?: PageCache
}): RequestHandler {
	const handlers = new WeakMap<ServerBuild, ReturnType<typeof createRequestHandler>>()
	return async (req, res, next) => {
		try {
			const build = await options.build()
			let handle = handlers.get(build)
			if (!handle) {
				handle = createRequestHandler(build, options.mode)
				handlers.set(build, handle)
			}
			const context = requestContext()
			const pageRouteId = routeIdFor(build, req.path)
			if (context) context.routeId = pageRouteId
			let url: URL
			try {
				url = new URL(`${ownOrigin(req)}${req.originalUrl}`)
			} catch {
				return sendEdgeAnswer(req, res, 'bad-request') // a Host header that is no host
			}
			// Everything the page may vary by (root `headers`: Cookie, Accept-Language) is in the key.
			const cacheKey =
				options.pageCache && mayKeep(req, pageRouteId)
					? await options.pageCache.keyFor([url.href, req.get('Cookie') ?? '', req.get('Accept-Language') ?? ''])
					: undefined
			const kept = cacheKey ? options.pageCache?.get(cacheKey) : undefined
			if (kept) return await sendKeptPage(req, res, kept)
			const response = await handle(remixRequest(req, res, url), {
				// The per-IP rate limits count by this (Express's req.ip honours TRUST_PROXY).
				clientIp: req.ip ?? req.socket.remoteAddress,
				cspNonce: res.locals.cspNonce,
			})
			if (response.status >= 500 && context?.databaseUnreachable) {
				await response.body?.cancel()
				return sendEdgeAnswer(req, res, 'unavailable')
			}
			const routeId = context?.routeId ?? pageRouteId
			await sendResponse(req, res, response, {
				private:
					!isImmutableRoute(routeId) &&
					(carriesSession(req.get('Cookie')) ||
						// An API token's answer is for its owner alone, like a signed-in page.
						req.get('Authorization') !== undefined ||
						response.headers.has('Set-Cookie')),
				routeId,
				keep: cacheKey ? (page, maxAgeSeconds) => options.pageCache?.set(cacheKey, page, maxAgeSeconds) : undefined,
			})
		} catch (error) {
			next(error)
		}
	}
}
