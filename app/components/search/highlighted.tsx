/**
 * A search snippet. The engines hand out snippets with all text HTML-escaped
 * and only <mark>…</mark> added (search/highlight.ts; the contract tests check
 * it for every engine), so inserting them as HTML is the documented way to
 * show the marks, not a way in for markup from listings.
 */
export function Highlighted({ html, text }: { html: string | undefined; text: string }) {
	if (!html) return <>{text}</>
	return <span dangerouslySetInnerHTML={{ __html: html }} />
}

/** How <mark> looks inside a snippet: a soft highlighter stroke that keeps the text's own colour. */
export const markStyle = '[&_mark]:rounded-sm [&_mark]:bg-amber-100 [&_mark]:px-0.5 [&_mark]:text-inherit'
