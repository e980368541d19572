import { randomBytes } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import type { RequestHandler } from 'express'
import helmet from 'helmet'
import { tileImageSource } from '../../app/domain/map/map-tiles.ts'

// Security headers on every response, assets and the edge's own error pages
// included (docs/decisions/013-http-edge.md). Scripts run only from our own
// origin or with this request's nonce, which reaches Remix's <Scripts> through
// the load context.

export const PERMISSIONS_POLICY =
	'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()'

export function securityHeaders(options: {
	development: boolean
	https: boolean
	/** MAP_TILES_URL: the campus map's tiles are the only images from elsewhere, and only when configured. */
	mapTilesUrl?: string | undefined
}): RequestHandler[] {
	const { development, https, mapTilesUrl } = options
	const nonce = (_req: unknown, res: ServerResponse) =>
		`'nonce-${String((res as ServerResponse & { locals: Record<string, unknown> }).locals.cspNonce)}'`
	return [
		(_req, res, next) => {
			res.locals.cspNonce = randomBytes(16).toString('base64')
			next()
		},
		helmet({
			contentSecurityPolicy: {
				useDefaults: false,
				// Vite's dev server injects scripts and styles of its own and talks over a
				// websocket: there the policy is only reported, never enforced.
				reportOnly: development,
				directives: {
					defaultSrc: ["'self'"],
					scriptSrc: ["'self'", nonce],
					scriptSrcAttr: ["'none'"],
					styleSrc: ["'self'", nonce],
					imgSrc: ["'self'", 'data:', ...(mapTilesUrl ? [tileImageSource(mapTilesUrl)] : [])],
					fontSrc: ["'self'"],
					connectSrc: development ? ["'self'", 'ws:', 'wss:'] : ["'self'"],
					formAction: ["'self'"],
					frameAncestors: ["'none'"],
					baseUri: ["'self'"],
					objectSrc: ["'none'"],
					...(https ? { upgradeInsecureRequests: [] } : {}),
				},
			},
			// Only where visitors reach us over https: HSTS on a plain-http portal would lock browsers out.
			strictTransportSecurity: https ? { maxAge: 365 * 24 * 3600, includeSubDomains: false } : false,
			xFrameOptions: { action: 'deny' },
			// Token pages set the stricter `same-origin` themselves, and the app's header wins.
			referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
			crossOriginOpenerPolicy: { policy: 'same-origin' },
		}),
		(_req, res, next) => {
			res.setHeader('Permissions-Policy', PERMISSIONS_POLICY)
			next()
		},
	]
}
