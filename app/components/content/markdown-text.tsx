import type { LinksFunction } from '@remix-run/node'
import hubTextStyles from './markdown-text.css?url'

// Text hub staff wrote (news, events, the hub's pages), as HTML from the one Markdown renderer
// (app/domain/content/render-markdown.server.ts), which escapes any HTML and
// keeps only safe links: the server renders it, the page only inserts it.
// Headings arrive one level down (h2 and below), so they sit under the page's h1.

/** The routes that show such text add its stylesheet, which no other page loads: `export const links = markdownTextLinks`. */
export const markdownTextLinks: LinksFunction = () => [{ rel: 'stylesheet', href: hubTextStyles }]

export function MarkdownText({ html, lang, className = '' }: { html: string; lang?: string; className?: string }) {
	return <div lang={lang} className={`hub-text ${className}`} dangerouslySetInnerHTML={{ __html: html }} />
}
