// Text a coordinator wrote, as HTML from the one Markdown renderer
// (app/domain/content/render-markdown.server.ts), which escapes any HTML and
// keeps only safe links: the server renders it, the page only inserts it.
// Headings arrive one level down (h2 and below), so they sit under the page's h1.

const textStyle = [
	'max-w-prose text-base leading-relaxed text-slate-700',
	'[&_h2]:mt-10 [&_h2]:text-xl [&_h2]:font-semibold [&_h2]:text-slate-900 [&_h2]:first:mt-0',
	'[&_h3]:mt-8 [&_h3]:text-lg [&_h3]:font-semibold [&_h3]:text-slate-900',
	'[&_h4]:mt-6 [&_h4]:font-semibold [&_h4]:text-slate-900',
	'[&_p]:mt-4 [&_p]:first:mt-0 [&_ul]:mt-4 [&_ul]:list-disc [&_ul]:space-y-2 [&_ul]:pl-6',
	'[&_ol]:mt-4 [&_ol]:list-decimal [&_ol]:space-y-2 [&_ol]:pl-6 [&_blockquote]:mt-4 [&_blockquote]:border-l-4 [&_blockquote]:border-slate-200 [&_blockquote]:pl-4',
	'[&_a]:font-medium [&_a]:text-brand-700 [&_a]:underline [&_a]:underline-offset-2 [&_a]:hover:text-brand-900',
	'[&_strong]:font-semibold [&_strong]:text-slate-900 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:text-sm',
	'break-words [&_a]:break-words',
].join(' ')

export function MarkdownText({ html, lang, className = '' }: { html: string; lang?: string; className?: string }) {
	return <div lang={lang} className={`${textStyle} ${className}`} dangerouslySetInnerHTML={{ __html: html }} />
}
