// Where a form may send someone after signing in: a path on this site only.
// Anything else (another host, a protocol-relative "//evil.example", a
// backslash that browsers read as a slash, a javascript: URL) falls back.
//
// The verdict is given on the URL as a browser will read it, after dot
// segments are resolved: "/.//evil.example" and "/..//evil.example" are
// harmless-looking paths that normalise to "//evil.example", another host.

const base = 'http://portal.invalid'

export function safeRedirectPath(to: unknown, fallback = '/'): string {
	if (typeof to !== 'string' || !to.startsWith('/') || to.includes('\\')) return fallback
	if (hasControlOrSpace(to)) return fallback
	let url: URL
	try {
		url = new URL(to, base)
	} catch {
		return fallback
	}
	if (url.origin !== base || couldLeaveSite(url.pathname)) return fallback
	return `${url.pathname}${url.search}${url.hash}`
}

/**
 * A normalised path that starts with two slashes (or a slash and a backslash)
 * names another host. So does one that only does so once its percent-escapes
 * are decoded and its dot segments resolved again ("/%2F%2Fevil.example",
 * "/.%2F/evil.example"), which a proxy or a second redirect may well do; such
 * a path is never a page of ours anyway. Each round of decoding shortens the
 * path, so this ends.
 */
function couldLeaveSite(pathname: string): boolean {
	if (/^\/[/\\]/.test(pathname)) return true
	let decoded: string
	try {
		decoded = decodeURIComponent(pathname)
	} catch {
		return true
	}
	if (decoded === pathname) return false
	if (decoded.includes('\\') || hasControlOrSpace(decoded)) return true
	let again: URL
	try {
		again = new URL(decoded, base)
	} catch {
		return true
	}
	return again.origin !== base || /^\/[/\\]/.test(again.pathname) || couldLeaveSite(decoded)
}

// Control characters and whitespace are stripped by URL parsers in surprising places.
function hasControlOrSpace(value: string): boolean {
	return [...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f || /\s/.test(char))
}
