import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { ActionButton, FormErrors, formLevelErrors, Notice, replyFor, useDone } from '~/components/forms/index.ts'
import { formIntent, handleIntents, noFields, readForm } from '~/components/forms/form-action.server.ts'
import { imageFormFiles, parseWithImage, readPostedImage } from '~/domain/images/image-input.server.ts'
import { withStoredImage } from '~/domain/images/store-image.server.ts'
import { NewsForm } from '~/components/news/news-form.tsx'
import { NewsStatusBadge } from '~/components/news/news-status-badge.tsx'
import { newsItemForEdit } from '~/domain/news/coordinator-news.server.ts'
import { newsSchema, type NewsInput } from '~/domain/news/news-schema.ts'
import { publishNewsItem } from '~/domain/news/publish-news-item.server.ts'
import { updateNewsItem } from '~/domain/news/update-news-item.server.ts'
import { withdrawNewsItem } from '~/domain/news/withdraw-news-item.server.ts'
import { requireFound, requireParam } from '~/http/params.server.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { newsItemPath } from '~/domain/news/paths.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const actor = await requirePermission(request, 'content.publish')
	return { news: requireFound(await newsItemForEdit(actor, requireParam(params, 'id', 'id'))) }
}

const doneMessages = {
	created: 'publishing.done.created',
	saved: 'publishing.done.saved',
	published: 'publishing.done.published',
	withdrawn: 'publishing.done.withdrawn',
} as const

export async function action({ request, params }: ActionFunctionArgs) {
	const id = requireParam(params, 'id', 'id')
	const actor = await requirePermission(request, 'content.publish')
	const done = (what: keyof typeof doneMessages) => `/coordinator/news/${id}?done=${what}`
	const { formData, oversized } = await readForm(request, imageFormFiles)
	return handleIntents(formData, {
		save: async () => {
			const current = await newsItemForEdit(actor, id)
			const image = await readPostedImage(formData, oversized)
			return formIntent(parseWithImage(newsSchema, image, current?.image?.key), (value: NewsInput) =>
				withStoredImage(image.prepared, async () => {
					await updateNewsItem(actor, id, value)
					return done('saved')
				}),
			)
		},
		publish: formIntent(noFields, async () => {
			await publishNewsItem(actor, id)
			return done('published')
		}),
		withdraw: formIntent(noFields, async () => {
			await withdrawNewsItem(actor, id)
			return done('withdrawn')
		}),
	})
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	documentMeta(matches, (i18n) => ({
		title: data
			? i18n.t('publishing.news.editTitle', { title: data.news.values.titleEn || data.news.values.titleSv })
			: i18n.t('error.notFound.title'),
	}))

export default function EditNewsItemPage() {
	const { news } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	const doneKey = useDone(doneMessages)
	const title = news.values.titleEn || news.values.titleSv
	const buttonErrors = actionData && actionData.intent !== 'save' ? formLevelErrors(actionData.result?.error ?? {}) : []
	const path = newsItemPath(news.slug)
	return (
		<>
			<CoordinatorHeader
				title={t('publishing.news.editTitle', { title })}
				crumb={title}
				section={{ label: t('publishing.news.title'), to: '/coordinator/news' }}
				badge={<NewsStatusBadge status={news.status} />}
			>
				<p className="mt-3 text-slate-700">
					{news.publishedAt ? t('publishing.addressFixed', { path }) : t('publishing.addressFollows', { path })}
				</p>
			</CoordinatorHeader>
			<div className="container-page max-w-4xl space-y-6 py-8 sm:py-10">
				{doneKey ? <Notice tone="success" title={t(doneKey)} /> : null}
				<FormErrors messages={buttonErrors} />
				<div className="flex flex-wrap items-center gap-3">
					{news.status === 'published' ? (
						<>
							<Link to={path} className="link">
								{t('publishing.view')}
							</Link>
							<ActionButton intent="withdraw" tone="secondary">
								{t('publishing.news.withdraw')}
							</ActionButton>
						</>
					) : (
						<ActionButton intent="publish">
							{t(news.status === 'withdrawn' ? 'publishing.news.republish' : 'publishing.news.publish')}
						</ActionButton>
					)}
				</div>
				<NewsForm defaultValue={news.values} image={news.image} lastResult={replyFor(actionData, 'save')} />
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
