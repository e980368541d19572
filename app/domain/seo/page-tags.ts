import { addressIn, isIndexable } from './page-address.ts'
import type { JsonLd } from './structured-data.ts'

// The tags every public page carries for search engines and share cards,
// built on the server from PUBLIC_URL and the page's address (never the
// request's Host). They reach the page as loader data: the browser bundle
// carries no code for them (docs/decisions/027-page-budget.md), and meta()
// only adds the page's own title and description (app/i18n/meta.ts).

/** A <meta>, <link> or JSON-LD descriptor, as Remix's meta() takes them. */
export type PageTag =
	| { property: string; content: string }
	| { name: string; content: string }
	| { tagName: 'link'; rel: string; href: string }
	| { 'script:ld+json': JsonLd }

/** What a page may say of its own. */
export interface PageExtras {
	/** og:type: a person's profile or an article; otherwise a website. */
	kind?: 'website' | 'profile' | 'article'
	/** The share card's picture, with an absolute address. */
	image?: { src: string; width: number; height: number; alt: string } | null
	structuredData?: JsonLd | null
}

/**
 * Pages whose query chooses what they show (a search, a directory list and
 * its pages): their canonical keeps it. Others drop theirs (a campaign tag,
 * ?from=): it does not make another page.
 */
const queryPages = ['/search', '/organizations', '/labs', '/facilities', '/experts', '/news', '/events']

const ogLocales: Record<string, string> = { en: 'en_GB', sv: 'sv_SE' }

/**
 * The tags of the page at this address, in this language; `path` says which
 * address they belong to.
 */
export function pageTags(
	page: { origin: string; locale: string; siteName: string; url: URL },
	extras: PageExtras = {},
): { path: string; tags: PageTag[] } {
	const { kind, image, structuredData } = extras
	const pathname = page.url.pathname.length > 1 ? page.url.pathname.replace(/\/+$/, '') : page.url.pathname
	const search = queryPages.includes(pathname) ? page.url.search : ''
	const canonical = addressIn(page.origin, { pathname, search }, page.locale)
	const other = Object.keys(ogLocales).find((locale) => locale !== page.locale)
	return {
		path: page.url.pathname,
		tags: [
			{ tagName: 'link', rel: 'canonical', href: canonical },
			// A query or filter makes endless thin copies of the listings the sitemap names: followed, not indexed.
			...(isIndexable(search) ? [] : [{ name: 'robots', content: 'noindex, follow' }]),
			{ property: 'og:site_name', content: page.siteName },
			{ property: 'og:type', content: kind ?? 'website' },
			{ property: 'og:url', content: canonical },
			{ property: 'og:locale', content: ogLocales[page.locale] ?? page.locale },
			...(other ? [{ property: 'og:locale:alternate', content: ogLocales[other]! }] : []),
			...(image
				? [
						{ property: 'og:image', content: image.src },
						{ property: 'og:image:width', content: String(image.width) },
						{ property: 'og:image:height', content: String(image.height) },
						{ property: 'og:image:alt', content: image.alt },
					]
				: []),
			// X reads title, description and picture from og:*; only the card's kind is its own.
			{ name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
			...(structuredData ? [{ 'script:ld+json': structuredData }] : []),
		],
	}
}
