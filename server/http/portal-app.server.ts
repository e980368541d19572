import path from 'node:path'
import type { ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express, { type ErrorRequestHandler, type RequestHandler } from 'express'
import { env } from '../../app/utils/env.server.ts'
import { logger } from '../../app/utils/logger.server.ts'
import { isDatabaseUnreachable, requestContext } from '../../app/utils/request-context.server.ts'
import { publicOrigin, servedOverHttps } from '../../app/utils/public-url.server.ts'
import { apiCors, fromAllowedApiOrigin } from './api-cors.server.ts'
import { sendEdgeAnswer } from './edge-answer.server.ts'
import {
	readLimitedBody,
	rejectCrossOriginMutations,
	rejectMalformedAddress,
	rejectUnreadableBodies,
} from './hostile-input.server.ts'
import { createPageCache } from './page-cache.server.ts'
import { precompressedAssets } from './precompressed.server.ts'
import { remixHandler } from './remix-handler.server.ts'
import { requestLogging } from './request-log.server.ts'
import { securityHeaders } from './security-headers.server.ts'

/**
 * The portal's HTTP server. The order matters (docs/decisions/013-http-edge.md):
 * every response, even a refusal or an asset, gets a request id, a log line and
 * the security headers; compression wraps everything after it; cheap checks
 * that need no body come before reading one; the app runs last.
 */
export function createPortalApp(options: {
	build: () => Promise<ServerBuild>
	mode: 'development' | 'production'
	/** Vite's dev middleware (`npm run dev`); otherwise the built client is served from `clientDir`. */
	devMiddleware?: RequestHandler
	clientDir?: string
}) {
	const development = options.mode === 'development'
	const app = express()
	app.disable('x-powered-by')
	app.set('trust proxy', env().TRUST_PROXY)

	app.use(requestLogging())
	app.use(securityHeaders({ development, https: servedOverHttps(), mapTilesUrl: env().MAP_TILES_URL }))
	// HTML, JSON, JS, CSS and SVG in gzip or brotli; bodies under 1 kB are not worth it.
	app.use(compression({ threshold: 1024 }))
	app.use(rejectMalformedAddress())

	if (options.devMiddleware) {
		app.use(options.devMiddleware)
	} else if (options.clientDir) {
		// File names under /assets carry a content hash: they never change.
		const assets = path.join(options.clientDir, 'assets')
		app.use('/assets', precompressedAssets(assets))
		app.use('/assets', express.static(assets, { immutable: true, maxAge: '1y', fallthrough: true }))
		app.use(express.static(options.clientDir, { maxAge: '1h' }))
	}

	const corsOrigins = env().CORS_ORIGINS
	const cors = apiCors(corsOrigins)
	if (cors) app.use(cors)
	app.use(rejectCrossOriginMutations(publicOrigin, (req) => fromAllowedApiOrigin(req, corsOrigins)))
	app.use(rejectUnreadableBodies())
	app.use(readLimitedBody())
	const pageCacheBytes = development ? 0 : env().HUB_PAGE_CACHE_MB * 1024 * 1024
	app.all(
		'*',
		remixHandler({
			build: options.build,
			mode: options.mode,
			pageCache: pageCacheBytes > 0 ? createPageCache({ maxBytes: pageCacheBytes }) : undefined,
		}),
	)

	const handleError: ErrorRequestHandler = (error, req, res, _next) => {
		const status = Number((error as { status?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode)
		if (status >= 400 && status < 500) return sendEdgeAnswer(req, res, 'bad-request')
		const unreachable = isDatabaseUnreachable(error)
		logger()[unreachable ? 'warn' : 'error']({ err: error, route: requestContext()?.routeId }, 'request failed')
		sendEdgeAnswer(req, res, unreachable ? 'unavailable' : 'server-error')
	}
	app.use(handleError)
	return app
}
