import { pageTags, type PageExtras } from '~/domain/seo/page-tags.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { t } from '~/i18n/messages.ts'
import { publicOrigin } from '~/utils/public-url.server.ts'
import { pagePathOf } from './page-path.ts'

/**
 * The search-engine and share-card tags of the page this request asks for,
 * from PUBLIC_URL (never its Host) and the page's language (app/i18n/meta.ts).
 */
export function pageSeo(request: Request, extras?: PageExtras) {
	const { locale } = resolveLocale(request)
	const url = new URL(request.url)
	// In-app navigation asks for `<page>.data`: the tags are the page's.
	url.pathname = pagePathOf(url.pathname)
	return pageTags({ origin: publicOrigin(), locale, siteName: t(locale, 'hub.name'), url }, extras)
}
