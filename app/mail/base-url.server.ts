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
