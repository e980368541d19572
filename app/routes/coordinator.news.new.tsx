import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { type MetaFunction, useActionData } from '@remix-run/react'
import { handleForm, readForm } from '~/components/forms/form-action.server.ts'
import { imageFormFiles, parseWithImage, readPostedImage } from '~/domain/images/image-input.server.ts'
import { withStoredImage } from '~/domain/images/store-image.server.ts'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { NewsForm } from '~/components/news/news-form.tsx'
import { createNewsItem } from '~/domain/news/create-news-item.server.ts'
import { newsSchema, type NewsInput } from '~/domain/news/news-schema.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'content.publish')
	return null
}

export async function action({ request }: ActionFunctionArgs) {
	const actor = await requirePermission(request, 'content.publish')
	const { formData, oversized } = await readForm(request, imageFormFiles)
	const image = await readPostedImage(formData, oversized)
	return handleForm(formData, parseWithImage(newsSchema, image, null), (value: NewsInput) =>
		withStoredImage(image.prepared, async () => {
			const { id } = await createNewsItem(actor, value)
			return `/coordinator/news/${id}?done=created`
		}),
	)
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('publishing.news.newTitle') }))

export default function NewNewsItemPage() {
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	return (
		<>
			<CoordinatorHeader
				title={t('publishing.news.newTitle')}
				section={{ label: t('publishing.news.title'), to: '/coordinator/news' }}
			/>
			<div className="container-page max-w-4xl py-8 sm:py-10">
				<NewsForm lastResult={actionData?.result} />
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
