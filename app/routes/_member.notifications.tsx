import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { buttonClass } from '~/components/forms/index.ts'
import { handleForm } from '~/components/forms/form-action.server.ts'
import { z } from 'zod'
import { NotificationEntry } from '~/components/notification-entry.tsx'
import { PageHeader } from '~/components/page-header.tsx'
import { safeRedirectPath } from '~/domain/auth/safe-redirect.ts'
import { requireActor } from '~/http/viewer.server.ts'
import { markNotificationsRead } from '~/domain/notifications/mark-notifications-read.server.ts'
import { notificationsOf } from '~/domain/notifications/notifications-of.server.ts'
import { isUuid } from '~/domain/requests/request-records.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requireActor(request)
	return { notifications: await notificationsOf(actor) }
}

const notificationForm = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('open'), id: z.string().refine(isUuid), path: z.string() }),
	z.object({ intent: z.literal('read-all') }),
])

/** Opening a notification marks it read and goes where it points; "mark all" clears the list's highlights. */
export async function action({ request }: ActionFunctionArgs) {
	const actor = await requireActor(request)
	return handleForm(await request.formData(), notificationForm, async (form) => {
		if (form.intent === 'read-all') {
			await markNotificationsRead(actor)
			return '/notifications'
		}
		await markNotificationsRead(actor, { id: form.id })
		// Only paths inside the portal: the path came from our own notification, but forms can be forged.
		return safeRedirectPath(form.path, '/notifications')
	})
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('notifications.title') }))

export default function NotificationsPage() {
	const { notifications } = useLoaderData<typeof loader>()
	const { t } = useT()
	const unread = notifications.some((notification) => !notification.read)
	return (
		<>
			<PageHeader trail={[]} title={t('notifications.title')}>
				{unread ? (
					<Form method="post" className="mt-4">
						<button type="submit" name="intent" value="read-all" className={buttonClass('secondary', 'sm')}>
							{t('notifications.markRead')}
						</button>
					</Form>
				) : null}
			</PageHeader>
			<div className="container-page py-8 sm:py-10">
				{notifications.length === 0 ? (
					<p className="text-slate-700">{t('notifications.empty')}</p>
				) : (
					<ul className="card divide-y divide-slate-200">
						{notifications.map((notification) => (
							<li key={notification.id} className={notification.read ? '' : 'bg-sky-50/70'}>
								<NotificationEntry notification={notification} className="px-4 py-3 sm:px-5" />
							</li>
						))}
					</ul>
				)}
				<p className="mt-6 text-sm text-slate-600">
					<Link to="/requests" className="link">
						{t('requests.title')}
					</Link>{' '}
					·{' '}
					<Link to="/inbox" className="link">
						{t('inbox.title')}
					</Link>
				</p>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
