import type { LoaderFunctionArgs } from '@remix-run/node'
import { type MetaFunction, useLoaderData } from '@remix-run/react'
import { LinkLine } from '~/components/link-line.tsx'
import { ListingImage } from '~/components/listing-image.tsx'
import { feedLinks, newsFeedPath } from '~/components/news/feed-links.ts'
import { MarkdownText, markdownTextLinks } from '~/components/content/markdown-text.tsx'
import { OnlyInNote } from '~/components/listing-text.tsx'
import { PageHeader } from '~/components/page-header.tsx'
import { findPublishedNews } from '~/domain/news/public-news.server.ts'
import { pageSeo } from '~/http/page-seo.server.ts'
import { requireFound, requireParam } from '~/http/params.server.ts'
import { newsPageExtras } from '~/domain/seo/hub-content-seo.server.ts'
import { publicOrigin } from '~/utils/public-url.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta, metaTranslator } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

// The news and events texts are a part of their own: other public pages do not carry them.
await needTexts('hubContent')

export const links = markdownTextLinks

export async function loader({ request, params }: LoaderFunctionArgs) {
	const slug = requireParam(params, 'slug', 'slug')
	const locale = resolveLocale(request).locale
	const article = requireFound(await findPublishedNews(slug, locale))
	return { article, seo: pageSeo(request, newsPageExtras(article, { origin: publicOrigin(), locale })).tags }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
	...documentMeta(matches, (i18n) =>
		data
			? { title: data.article.title, description: data.article.description }
			: { title: i18n.t('error.notFound.title') },
	),
	...feedLinks(metaTranslator(matches)),
]

export default function NewsArticlePage() {
	const { article } = useLoaderData<typeof loader>()
	const { t, formatDate, locale } = useT()
	return (
		<article>
			<PageHeader trail={[{ label: t('news.title'), to: '/news' }]} title={article.title}>
				<p className="mt-3 text-slate-600">{t('news.published', { date: formatDate(article.publishedAt) })}</p>
				<div className="mt-2">
					<OnlyInNote shown={{ lang: article.locale, otherLanguage: article.onlyIn !== null }} />
				</div>
			</PageHeader>
			<div className="container-page space-y-6 py-8 sm:py-10">
				<ListingImage image={article.image} variant="feature" />
				<p lang={article.locale} className="max-w-prose text-xl leading-relaxed font-medium text-slate-800">
					{article.lead}
				</p>
				<MarkdownText html={article.bodyHtml} lang={article.locale} className="text-lg" />
				<div className="flex flex-wrap gap-x-6 gap-y-2 border-t border-slate-200 pt-6">
					<LinkLine to="/news">{t('news.back')}</LinkLine>
					<p>
						<a href={newsFeedPath(locale)} className="link">
							{t('news.feed')}
						</a>
					</p>
				</div>
			</div>
		</article>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
