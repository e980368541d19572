// Where a form may send someone after signing in: a path on this site only.
// Anything else (another host, a protocol-relative "//evil.example", a
// backslash that browsers read as a slash, a javascript: URL) falls back.

const base = 'http://portal.invalid'

export function safeRedirectPath(to: unknown, fallback = '/'): string {
	if (typeof to !== 'string' || !to.startsWith('/') || to.startsWith('//') || to.includes('\\')) return fallback
	// Control characters and whitespace are stripped by URL parsers in surprising places.
	if ([...to].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f || /\s/.test(char)))
		return fallback
	try {
		const url = new URL(to, base)
		if (url.origin !== base) return fallback
		return `${url.pathname}${url.search}${url.hash}`
	} catch {
		return fallback
	}
}
