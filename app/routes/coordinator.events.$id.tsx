import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { EventForm } from '~/components/events/event-form.tsx'
import {
	ActionButton,
	ConfirmPanel,
	FormErrors,
	formLevelErrors,
	Notice,
	replyFor,
	useDone,
} from '~/components/forms/index.ts'
import { confirmFirst, formIntent, handleIntents, noFields } from '~/components/forms/form-action.server.ts'
import { EventStatusBadge } from '~/components/news/news-status-badge.tsx'
import { cancelEvent } from '~/domain/events/cancel-event.server.ts'
import { eventForEdit } from '~/domain/events/coordinator-events.server.ts'
import { eventSchema } from '~/domain/events/event-schema.ts'
import { publishEvent } from '~/domain/events/publish-event.server.ts'
import { updateEvent } from '~/domain/events/update-event.server.ts'
import { requireFound, requireParam } from '~/http/params.server.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { eventPath } from '~/domain/news/paths.ts'
import { RegistrationsSection } from '~/components/events/registrations-table.tsx'
import { eventRegistrations } from '~/domain/events/event-registrations.server.ts'
import { needTexts } from '~/i18n/messages.ts'

// The list of who registered speaks the words of the events' part.
await needTexts('hubContent')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const actor = await requirePermission(request, 'content.publish')
	const id = requireParam(params, 'id', 'id')
	const event = requireFound(await eventForEdit(actor, id))
	return { event, registrants: event.values.registration === 'portal' ? await eventRegistrations(actor, id) : null }
}

const doneMessages = {
	created: 'publishing.done.created',
	saved: 'publishing.done.saved',
	seatsGiven: 'publishing.done.seatsGiven',
	announced: 'publishing.done.announced',
	cancelled: 'publishing.done.cancelled',
} as const

export async function action({ request, params }: ActionFunctionArgs) {
	const id = requireParam(params, 'id', 'id')
	const actor = await requirePermission(request, 'content.publish')
	const done = (what: keyof typeof doneMessages) => `/coordinator/events/${id}?done=${what}`
	const formData = await request.formData()
	return handleIntents(formData, {
		save: formIntent(eventSchema, async (value) => {
			const { movedUp } = await updateEvent(actor, id, value)
			return done(movedUp ? 'seatsGiven' : 'saved')
		}),
		publish: formIntent(noFields, async () => {
			await publishEvent(actor, id)
			return done('announced')
		}),
		// Cancelling cannot be undone and reaches every calendar that subscribed: it asks first.
		cancel: formIntent(
			noFields,
			confirmFirst(formData, async () => {
				await cancelEvent(actor, id)
				return done('cancelled')
			}),
		),
	})
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	documentMeta(matches, (i18n) => ({
		title: data
			? i18n.t('publishing.events.editTitle', { title: data.event.values.titleEn || data.event.values.titleSv })
			: i18n.t('error.notFound.title'),
	}))

export default function EditEventPage() {
	const { event, registrants } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	const doneKey = useDone(doneMessages)
	const title = event.values.titleEn || event.values.titleSv
	const confirming = actionData && 'confirming' in actionData ? actionData.confirming : undefined
	const buttonErrors = actionData && actionData.intent !== 'save' ? formLevelErrors(actionData.result?.error ?? {}) : []
	const path = eventPath(event.slug)
	return (
		<>
			<CoordinatorHeader
				title={t('publishing.events.editTitle', { title })}
				crumb={title}
				section={{ label: t('publishing.events.title'), to: '/coordinator/events' }}
				badge={<EventStatusBadge status={event.status} />}
			>
				<p className="mt-3 text-slate-700">
					{event.status === 'draft' ? t('publishing.addressFollows', { path }) : t('publishing.addressFixed', { path })}
				</p>
			</CoordinatorHeader>
			<div className="container-page max-w-4xl space-y-6 py-8 sm:py-10">
				{doneKey ? <Notice tone="success" title={t(doneKey)} /> : null}
				<FormErrors messages={buttonErrors} />
				<div className="flex flex-wrap items-center gap-3">
					{event.status === 'draft' ? (
						<ActionButton intent="publish">{t('publishing.events.publish')}</ActionButton>
					) : (
						<Link to={path} className="link">
							{t('publishing.view')}
						</Link>
					)}
					{event.status === 'published' && !confirming ? (
						<ActionButton intent="cancel" tone="dangerQuiet">
							{t('publishing.events.cancel')}
						</ActionButton>
					) : null}
				</div>
				{event.status === 'published' && confirming ? (
					<ConfirmPanel
						heading={t('publishing.events.cancelQuestion', { title })}
						intent="cancel"
						fields={confirming}
						confirm={t('publishing.events.cancel')}
						back="event-form"
					>
						<p>{t('publishing.events.cancelExplained')}</p>
					</ConfirmPanel>
				) : null}
				{registrants ? (
					<RegistrationsSection
						registrants={registrants}
						capacity={event.values.capacity === '' ? null : Number(event.values.capacity)}
						csvPath={`/coordinator/events/${event.id}/registrations.csv`}
					/>
				) : null}
				<h2 id="event-form" className="sr-only">
					{t('publishing.edit')}
				</h2>
				<EventForm defaultValue={event.values} lastResult={replyFor(actionData, 'save')} />
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
