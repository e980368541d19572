import { isRouteErrorResponse, type MetaDescriptor } from '@remix-run/react'
import { isPrivatePath } from '~/domain/seo/crawl-rules.ts'
import { addressIn, isIndexable } from '~/domain/seo/page-address.ts'
import type { JsonLd } from '~/domain/seo/structured-data.ts'
import { translator, type PlainMessageKey, type Translator } from './messages.ts'

interface MatchWithData {
	id: string
	pathname: string
	data: unknown
	error?: unknown
}

/** meta() runs outside React: read the language from the root match instead of useT(). */
export function metaTranslator(matches: readonly MatchWithData[]): Translator {
	const rootData = matches.find((match) => match.id === 'root')?.data as { locale?: unknown } | undefined
	return translator(rootData?.locale)
}

/** What a page says about itself to browsers, search engines and share cards. */
export interface PageDescription {
	title: string
	description?: string
	/** og:type: a person's profile or an article; otherwise a website. */
	kind?: 'website' | 'profile' | 'article'
	/** The share card's picture, with an absolute address. */
	image?: { src: string; width: number; height: number; alt: string } | null
	/** The page's schema.org description; <Meta> writes it with <, > and & escaped. */
	structuredData?: JsonLd | null
}

/** The page's own public address, for describe(): origin and canonical URL. */
export interface PageAddress {
	origin: string
	url: string
}

const ogLocales: Record<string, string> = { en: 'en_GB', sv: 'sv_SE' }

/**
 * "<page> · ATMP Flemingsberg" and a description, in the page's language; on
 * a public page also its canonical address, Open Graph and Twitter tags and
 * its JSON-LD (docs/decisions/031-search-engines.md).
 *
 * The canonical address is the page in its language (?lang=, as the hreflang
 * alternates name it). A page whose query chooses what it shows (a list's
 * page, a search) passes its `location`: its canonical keeps the query, and a
 * query or filter beyond paging asks search engines not to index it.
 */
export function documentMeta(
	matches: readonly MatchWithData[],
	describe: (i18n: Translator, page: PageAddress) => PageDescription,
	location?: { pathname: string; search: string },
): MetaDescriptor[] {
	const i18n = metaTranslator(matches)
	const rootData = matches.find((match) => match.id === 'root')?.data as { origin?: unknown } | undefined
	const origin = typeof rootData?.origin === 'string' ? rootData.origin : ''
	const pathname = location?.pathname ?? matches.at(-1)?.pathname ?? '/'
	const page = { pathname, search: location?.search ?? '' }
	const url = addressIn(origin, page, i18n.locale)
	const described = describe(i18n, { origin, url })
	const description = described.description ?? i18n.t('meta.description')
	const document: MetaDescriptor[] = [
		{ title: i18n.t('meta.title', { page: described.title }) },
		{ name: 'description', content: description },
	]
	const failed = matches.some((match) => match.error !== undefined && match.error !== null)
	// Signed-in pages are kept from crawlers by robots.txt and have nothing to share with the world.
	if (!origin || failed || isPrivatePath(pathname)) return document
	const otherLocales = Object.keys(ogLocales).filter((locale) => locale !== i18n.locale)
	const image = described.image
	return [
		...document,
		{ tagName: 'link', rel: 'canonical', href: url },
		...(isIndexable(page.search) ? [] : [{ name: 'robots', content: 'noindex, follow' }]),
		{ property: 'og:site_name', content: i18n.t('hub.name') },
		{ property: 'og:type', content: described.kind ?? 'website' },
		{ property: 'og:title', content: described.title },
		{ property: 'og:description', content: description },
		{ property: 'og:url', content: url },
		{ property: 'og:locale', content: ogLocales[i18n.locale] ?? i18n.locale },
		...otherLocales.map((locale) => ({ property: 'og:locale:alternate', content: ogLocales[locale] })),
		...(image
			? [
					{ property: 'og:image', content: image.src },
					{ property: 'og:image:width', content: String(image.width) },
					{ property: 'og:image:height', content: String(image.height) },
					{ property: 'og:image:alt', content: image.alt },
				]
			: []),
		{ name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
		{ name: 'twitter:title', content: described.title },
		{ name: 'twitter:description', content: description },
		...(image ? [{ name: 'twitter:image', content: image.src }] : []),
		...(described.structuredData ? [{ 'script:ld+json': described.structuredData }] : []),
	]
}

/** Title of the page an error boundary shows instead of the route's own. */
export function errorDocument(i18n: Translator, error: unknown): { title: string } {
	const status = isRouteErrorResponse(error) ? error.status : undefined
	const titles: Partial<Record<number, PlainMessageKey>> = {
		403: 'error.forbidden.title',
		404: 'error.notFound.title',
		503: 'edge.unavailable.title',
	}
	return { title: i18n.t((status && titles[status]) || 'error.generic.title') }
}
