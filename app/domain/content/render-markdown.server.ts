// The one way the portal turns text that coordinators write (news, events,
// the about and privacy pages) into HTML. The text is trusted to be written by
// hub staff but is still treated as hostile: raw HTML is never passed through
// (markdown-it escapes it), links may only go to web or mail addresses or to
// the portal's own paths, and headings start below the page's own <h1>.
import MarkdownIt from 'markdown-it'

const SAFE_LINK = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false })

markdown.validateLink = (url) => SAFE_LINK.test(url.trim())

// A coordinator's "# Title" must not compete with the page's title.
markdown.core.ruler.push('headings-below-page-title', (state) => {
	for (const token of state.tokens) {
		if (token.type === 'heading_open' || token.type === 'heading_close')
			token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 1)}`
	}
})

// Other sites get no say over the portal's ranking and no handle on its window.
markdown.renderer.rules.link_open = (tokens, index, options, _env, self) => {
	const token = tokens[index]!
	const href = String(token.attrGet('href') ?? '')
	if (/^(https?:)?\/\//i.test(href)) token.attrSet('rel', 'nofollow noopener noreferrer')
	return self.renderToken(tokens, index, options)
}

/** HTML for a page's body; empty text gives an empty string. */
export function renderMarkdown(text: string): string {
	return markdown.render(text)
}

/** The text without its markup, for a feed's summary, a meta description or search. */
export function markdownToPlainText(text: string): string {
	const html = markdown.render(text)
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim()
}
