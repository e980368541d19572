// The one reader of the Cookie header, for the session and the language
// cookie alike. Not *.server: the language is resolved by code the browser
// bundle also holds.

/**
 * The value of cookie `name`, percent-decoded; a value that is not valid
 * percent-encoding is returned as sent, so a mangled cookie is a wrong value
 * (which the caller ignores) rather than a thrown error.
 */
export function readCookie(cookieHeader: string | null | undefined, name: string): string | undefined {
	if (!cookieHeader) return undefined
	for (const part of cookieHeader.split(';')) {
		const [key, ...rest] = part.trim().split('=')
		if (key !== name) continue
		const value = rest.join('=')
		try {
			return decodeURIComponent(value)
		} catch {
			return value
		}
	}
	return undefined
}
