import { env } from './env.server.ts'

// The one place absolute links start from: mails, API answers, feeds,
// hreflang and canonical links. Configuration only, never a request header:
// a Host or X-Forwarded-Host chosen by an attacker must not end up in a
// password-reset link (docs/decisions/011-modes-and-trust.md).

/** PUBLIC_URL without a trailing slash; outside production, where this server listens. */
export function publicBaseUrl(): string {
	const { PUBLIC_URL, HOST, PORT } = env()
	if (PUBLIC_URL) return PUBLIC_URL.replace(/\/+$/, '')
	const host = HOST === '0.0.0.0' || HOST === '::' ? 'localhost' : HOST.includes(':') ? `[${HOST}]` : HOST
	return `http://${host}:${PORT}`
}

export function publicOrigin(): string {
	return new URL(publicBaseUrl()).origin
}

/** Visitors reach the portal over https (a proxy in front may still speak plain http to it). */
export function servedOverHttps(): boolean {
	return publicBaseUrl().startsWith('https:')
}
