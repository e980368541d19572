import { randomUUID } from 'node:crypto'
import type { RequestHandler } from 'express'
import { logger } from '../../app/utils/logger.server.ts'
import { runWithRequestContext, type RequestContext } from '../../app/utils/request-context.server.ts'

// One log line per request (docs/decisions/013-http-edge.md): id, method,
// path without secrets, route, status, duration and the signed-in user's id.
// Never a header, a cookie or a body.

/** An incoming X-Request-Id is kept only if it is a short, plain token; anything else could forge log lines. */
export function acceptedRequestId(value: string | undefined): string | undefined {
	return value && /^[A-Za-z0-9._:-]{1,64}$/.test(value) ? value : undefined
}

// access_token: where RFC 6750 lets a client put a bearer token (the API reads only the header, but a client may try).
const secretParameters = new Set(['token', 'access_token', 'password', 'code'])

/** The path and query as logged: token-like query values and invitation tokens in the path are cut out. */
export function redactedPath(originalUrl: string): string {
	const queryStart = originalUrl.indexOf('?')
	const pathname = queryStart === -1 ? originalUrl : originalUrl.slice(0, queryStart)
	const query = queryStart === -1 ? '' : originalUrl.slice(queryStart + 1)
	const path = pathname.replace(/(\/invitations\/)[^/?#]+/i, '$1[redacted]')
	if (!query) return path
	const parts = query.split('&').map((part) => {
		const equals = part.indexOf('=')
		const rawName = equals === -1 ? part : part.slice(0, equals)
		let name = rawName
		try {
			name = decodeURIComponent(rawName.replace(/\+/g, ' '))
		} catch {
			// An undecodable name is logged as sent.
		}
		return equals !== -1 && secretParameters.has(name.toLowerCase()) ? `${rawName}=[redacted]` : part
	})
	return `${path}?${parts.join('&')}`
}

export function requestLogging(): RequestHandler {
	return (req, res, next) => {
		const started = process.hrtime.bigint()
		const context: RequestContext = { requestId: acceptedRequestId(req.get('X-Request-Id')) ?? randomUUID() }
		res.setHeader('X-Request-Id', context.requestId)
		let logged = false
		const log = () => {
			if (logged) return
			logged = true
			const line = {
				requestId: context.requestId,
				method: req.method,
				path: redactedPath(req.originalUrl),
				route: context.routeId,
				status: res.statusCode,
				durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
				userId: context.userId,
				...(res.writableFinished ? {} : { aborted: true }),
			}
			if (res.statusCode >= 500) logger().error(line, 'request')
			else logger().info(line, 'request')
		}
		res.once('finish', log)
		res.once('close', log)
		runWithRequestContext(context, next)
	}
}
