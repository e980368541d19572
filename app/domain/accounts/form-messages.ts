import type { MessageKey } from '~/i18n/en.ts'

// Validation messages travel as message keys, not sentences: the same Zod
// schema runs on the server and in the browser, and the page shows each
// message in the reader's language. A message that needs numbers carries them
// after the key, as in "auth.rateLimited?minutes=5".

export function formMessage(key: MessageKey, params?: Record<string, string | number>): string {
	if (!params) return key
	return `${key}?${new URLSearchParams(Object.entries(params).map(([name, value]) => [name, String(value)]))}`
}

export interface DecodedFormMessage {
	key: string
	params: Record<string, string>
}

export function decodeFormMessage(message: string): DecodedFormMessage {
	const separator = message.indexOf('?')
	if (separator < 0) return { key: message, params: {} }
	return {
		key: message.slice(0, separator),
		params: Object.fromEntries(new URLSearchParams(message.slice(separator + 1))),
	}
}

/**
 * "Too many attempts; try again in …": in seconds while the wait is short
 * (failed logins earn waits of a few seconds), in whole minutes rounded up
 * after that, so it never says 0.
 */
export function rateLimitedMessage(retryAfterSeconds: number): string {
	const seconds = Math.max(1, Math.ceil(retryAfterSeconds))
	if (seconds < 60) return formMessage('auth.rateLimited.seconds', { seconds })
	const minutes = Math.ceil(seconds / 60)
	return minutes === 1 ? formMessage('auth.rateLimited.oneMinute') : formMessage('auth.rateLimited', { minutes })
}
