import { env } from '~/utils/env.server.ts'

/**
 * The address links in mails start with. PUBLIC_URL when set (behind a proxy
 * the request only knows the internal host), else the origin of the request
 * that caused the mail.
 */
export function mailBaseUrl(request: Request): string {
	const publicUrl = env().PUBLIC_URL
	return (publicUrl ?? new URL(request.url).origin).replace(/\/+$/, '')
}

/** For mails no request caused (reminders): PUBLIC_URL, else where this server listens. */
export function configuredBaseUrl(): string {
	const { PUBLIC_URL, HOST, PORT } = env()
	if (PUBLIC_URL) return PUBLIC_URL.replace(/\/+$/, '')
	const host = HOST === '0.0.0.0' || HOST === '::' ? 'localhost' : HOST
	return `http://${host}:${PORT}`
}
