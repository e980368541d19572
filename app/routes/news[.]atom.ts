import type { LoaderFunctionArgs } from '@remix-run/node'
import { newsFeed } from '~/domain/news/news-feed.server.ts'
import { newsForFeed } from '~/domain/news/public-news.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'

// The news as an Atom feed; ?lang=sv for Swedish. Feed readers poll: a shared
// cache may answer for a few minutes.

export async function loader({ request }: LoaderFunctionArgs) {
	const { locale } = resolveLocale(request)
	const body = newsFeed(await newsForFeed(locale), { locale, baseUrl: publicBaseUrl() })
	return new Response(body, {
		headers: {
			'Content-Type': 'application/atom+xml; charset=utf-8',
			'Cache-Control': 'public, max-age=300',
			Vary: 'Cookie, Accept-Language',
		},
	})
}
