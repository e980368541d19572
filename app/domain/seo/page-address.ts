// The absolute address of a page in one language. Every page's language is
// chosen by ?lang= (app/i18n/locale.ts); without it the visitor's cookie or
// browser decides, so only an address with ?lang= names one page that a
// search engine can index. The canonical link, the hreflang alternates and
// the sitemap all build their addresses here.

/** A page without a trailing slash (but "/" stays "/"), then its query with lang set to the language. */
export function addressIn(origin: string, page: { pathname: string; search?: string }, lang: string | null): string {
	const pathname = page.pathname.length > 1 ? page.pathname.replace(/\/+$/, '') : page.pathname
	const params = new URLSearchParams()
	for (const [name, value] of new URLSearchParams(page.search ?? '')) {
		if (name !== 'lang') params.append(name, value)
	}
	if (lang) params.set('lang', lang)
	const query = params.toString()
	return `${origin}${pathname}${query ? `?${query}` : ''}`
}

/**
 * Whether search engines should index this address: not when a query or a
 * filter chose what it shows, only paging (docs/decisions/032-search-engines.md).
 */
export function isIndexable(search: string | undefined): boolean {
	return [...new URLSearchParams(search ?? '').keys()].every((name) => name === 'lang' || name === 'page')
}
