import { isRouteErrorResponse, type MetaDescriptor } from '@remix-run/react'
import { translator, type PlainMessageKey, type Translator } from './messages.ts'

interface MatchWithData {
	id: string
	data: unknown
}

/** meta() runs outside React: read the language from the root match instead of useT(). */
export function metaTranslator(matches: readonly MatchWithData[]): Translator {
	const rootData = matches.find((match) => match.id === 'root')?.data as { locale?: unknown } | undefined
	return translator(rootData?.locale)
}

/** "<page> · ATMP Flemingsberg" and a description, in the page's language. */
export function documentMeta(
	matches: readonly MatchWithData[],
	describe: (i18n: Translator) => { title: string; description?: string },
): MetaDescriptor[] {
	const i18n = metaTranslator(matches)
	const { title, description } = describe(i18n)
	return [
		{ title: i18n.t('meta.title', { page: title }) },
		{ name: 'description', content: description ?? i18n.t('meta.description') },
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
