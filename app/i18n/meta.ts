import { isRouteErrorResponse, type MetaDescriptor } from '@remix-run/react'
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

/** What a page says about itself; its tags for search engines and share cards come from the server (page-tags.ts). */
export interface PageDescription {
	title: string
	description?: string
}

/**
 * "<page> · ATMP Flemingsberg" and a description, in the page's language,
 * and on every page but an error the canonical address, Open Graph tags, the
 * Twitter card and JSON-LD (docs/decisions/032-search-engines.md), built on
 * the server (app/domain/seo/page-tags.ts): by the page's loader as `seo`
 * when it has its own (a picture, schema.org data), else by the root loader
 * for the address it was asked for. After a move within the app the root's
 * may belong to the previous page: then there are none, which only a
 * browser sees (crawlers and share cards read whole pages).
 */
export function documentMeta(
	matches: readonly MatchWithData[],
	describe: (i18n: Translator) => PageDescription,
): MetaDescriptor[] {
	const i18n = metaTranslator(matches)
	const { title, description = i18n.t('meta.description') } = describe(i18n)
	const document: MetaDescriptor[] = [
		{ title: i18n.t('meta.title', { page: title }) },
		{ name: 'description', content: description },
	]
	const site = (matches[0]?.data as { siteSeo?: { path: string; tags: MetaDescriptor[] } } | undefined)?.siteSeo
	const leaf = matches.at(-1)
	const tags =
		(leaf?.data as { seo?: MetaDescriptor[] } | undefined)?.seo ?? (site?.path === leaf?.pathname ? site?.tags : null)
	if (!tags || matches.some((match) => match.error)) return document
	return [
		...document,
		{ property: 'og:title', content: title },
		{ property: 'og:description', content: description },
		...tags,
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
