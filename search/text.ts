// Markup shared by both engines, the documents and the highlighter: the only
// HTML that search ever produces is <mark> around escaped text. Folding and
// words come from ~/utils/text.ts, the same for queries and documents.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!)
}

/**
 * Private-use characters that mark highlights inside engine output until the
 * text is escaped; documents never contain them (stripControlCharacters).
 */
export const MARK_START = '\uE000'
export const MARK_END = '\uE001'

/** Removes control and private-use characters, which have no business in listing text and could forge highlight markers. */
export function stripControlCharacters(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000-\uF8FF]/g, '')
}

/** Escapes everything, then turns the private markers into <mark> elements: the only HTML that leaves this module. */
export function markersToHtml(text: string): string {
	let open = false
	let html = ''
	for (const part of text.split(/([\uE000\uE001])/)) {
		if (part === MARK_START) {
			if (!open) html += '<mark>'
			open = true
		} else if (part === MARK_END) {
			if (open) html += '</mark>'
			open = false
		} else {
			html += escapeHtml(part)
		}
	}
	return open ? `${html}</mark>` : html
}
