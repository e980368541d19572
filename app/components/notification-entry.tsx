import { Form } from '@remix-run/react'
import type { NotificationView } from '~/domain/notifications/notifications-of.server.ts'
import { useT } from '~/i18n/use-t.ts'
import { noticeText } from '~/mail/request-notice.ts'
import { HiddenFields } from './forms/index.ts'

/**
 * One notification: opening it posts to the notifications page's action,
 * which marks it read and leads where it points (a form, so it works
 * without JavaScript, wherever the notification is listed).
 */
export function NotificationEntry({ notification, className }: { notification: NotificationView; className?: string }) {
	const { t, locale, formatDate } = useT()
	const text = noticeText(locale, notification.kind, {
		title: notification.title,
		provider: notification.provider ?? undefined,
	})
	return (
		<Form
			method="post"
			action="/notifications"
			className={`flex flex-wrap items-start justify-between gap-2 ${className ?? ''}`}
		>
			<HiddenFields values={{ id: notification.id, path: notification.path }} />
			<div className="min-w-0">
				<button
					type="submit"
					name="intent"
					value="open"
					className="text-left font-semibold text-brand-800 hover:underline"
				>
					{text.subject}
				</button>
				<p className="text-sm text-slate-600">
					<time dateTime={notification.createdAt}>{formatDate(notification.createdAt)}</time>
				</p>
			</div>
			{notification.read ? null : (
				<span className="rounded-full bg-sky-700 px-2 py-0.5 text-xs font-semibold text-white">
					{t('notifications.unread')}
				</span>
			)}
		</Form>
	)
}
