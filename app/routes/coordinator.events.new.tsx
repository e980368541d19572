import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { type MetaFunction, useActionData } from '@remix-run/react'
import { handleForm } from '~/components/forms/form-action.server.ts'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { EventForm } from '~/components/events/event-form.tsx'
import { createEvent } from '~/domain/events/create-event.server.ts'
import { eventSchema } from '~/domain/events/event-schema.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'content.publish')
	return null
}

export async function action({ request }: ActionFunctionArgs) {
	const actor = await requirePermission(request, 'content.publish')
	return handleForm(await request.formData(), eventSchema, async (value) => {
		const { id } = await createEvent(actor, value)
		return `/coordinator/events/${id}?done=created`
	})
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('publishing.events.newTitle') }))

export default function NewEventPage() {
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	return (
		<>
			<CoordinatorHeader
				title={t('publishing.events.newTitle')}
				section={{ label: t('publishing.events.title'), to: '/coordinator/events' }}
			/>
			<div className="container-page max-w-4xl py-8 sm:py-10">
				<EventForm lastResult={actionData?.result} />
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
