import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { EmptyState } from '~/components/empty-state.tsx'
import { feedLinks, newsFeedPath } from '~/components/news/feed-links.ts'
import { OnlyInNote } from '~/components/listing-text.tsx'
import { PageHeader } from '~/components/page-header.tsx'
import { Pagination } from '~/components/pagination.tsx'
import { listPublishedNews } from '~/domain/news/public-news.server.ts'
import { parsePage } from '~/http/directory-loaders.server.ts'
import { notFound } from '~/http/params.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta, metaTranslator } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { FollowForm } from '~/components/news/follow-form.tsx'
import { followAction } from '~/components/news/follow-action.server.ts'
import { replyFor } from '~/components/forms/reply.ts'
import { followingOf } from '~/domain/news/following-of.server.ts'
import { getViewer } from '~/http/viewer.server.ts'
import { newsItemPath } from '~/domain/news/paths.ts'

// The news and events texts are a part of their own: other public pages do not carry them.
await needTexts('hubContent')

export async function loader({ request }: LoaderFunctionArgs) {
	const page = parsePage(new URL(request.url).searchParams.get('page'))
	if (page === null) throw notFound()
	const [news, viewer] = await Promise.all([listPublishedNews(resolveLocale(request).locale, page), getViewer(request)])
	if (page > news.pageCount) throw notFound()
	return { ...news, following: viewer ? await followingOf(viewer.userId) : null }
}

export async function action({ request }: ActionFunctionArgs) {
	return followAction(request)
}

export const meta: MetaFunction = ({ matches }) => [
	...documentMeta(matches, (i18n) => ({ title: i18n.t('news.title'), description: i18n.t('news.description') })),
	...feedLinks(metaTranslator(matches)),
]

export default function NewsPage() {
	const { items, page, pageCount, following } = useLoaderData<typeof loader>()
	const reply = useActionData<typeof action>()
	const { t, formatDate, locale } = useT()
	return (
		<>
			<PageHeader trail={[]} title={t('news.title')}>
				<p className="mt-3 max-w-2xl text-lg text-slate-700">{t('news.intro')}</p>
				<p className="mt-3 text-sm">
					<a href={newsFeedPath(locale)} className="link">
						{t('news.feed')}
					</a>
				</p>
				<div className="mt-4">
					<FollowForm following={following} lastResult={replyFor(reply, 'follow')} />
				</div>
			</PageHeader>
			<div className="container-page py-8 sm:py-10">
				{items.length === 0 ? (
					<EmptyState title={t('news.empty')} />
				) : (
					<ol className="space-y-5">
						{items.map((item) => (
							<li key={item.slug}>
								<article className="card relative p-5 hover:bg-slate-50 sm:p-6">
									<p className="text-sm text-slate-600">
										<time dateTime={item.publishedAt}>{formatDate(item.publishedAt)}</time>
									</p>
									<h2 lang={item.locale} className="mt-1 text-xl font-semibold text-slate-900">
										<Link to={newsItemPath(item.slug)} className="after:absolute after:inset-0 hover:text-brand-700">
											{item.title}
										</Link>
									</h2>
									<p lang={item.locale} className="mt-2 text-slate-700">
										{item.lead}
									</p>
									<div className="mt-2">
										<OnlyInNote shown={{ lang: item.locale, otherLanguage: item.onlyIn !== null }} />
									</div>
								</article>
							</li>
						))}
					</ol>
				)}
				<Pagination page={page} pageCount={pageCount} />
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
