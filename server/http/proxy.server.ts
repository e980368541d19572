import type { Request as ExpressRequest } from 'express'

// TRUST_PROXY decides whether X-Forwarded-For/-Proto/-Host count: Express's
// `trust proxy` setting holds it, and its compiled check says whether the
// peer that sent this request is one of the trusted proxies.

export function sentByTrustedProxy(req: ExpressRequest): boolean {
	const trust = req.app.get('trust proxy fn') as ((address: string | undefined, hop: number) => boolean) | undefined
	return trust ? trust(req.socket.remoteAddress, 0) : false
}

/** scheme://host as this request reached us. */
export function ownOrigin(req: ExpressRequest): string {
	const forwardedHost = sentByTrustedProxy(req) ? req.get('X-Forwarded-Host')?.split(',')[0]?.trim() : undefined
	return `${req.protocol}://${forwardedHost || req.get('Host') || ''}`.toLowerCase()
}
