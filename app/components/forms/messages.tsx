import { renderMessage, type MessageUse } from '~/domain/messages.ts'
import { useT } from '~/i18n/use-t.ts'
import { SolidIcon } from '../icon.tsx'
import type { PageNotice } from './form-action.server.ts'
import { Notice, noticeIcons } from './notice.tsx'
import { needTexts } from '~/i18n/messages.ts'

// What forms say about their fields is a part of the texts of its own: every
// page that shows a form has it before it renders. The accounts' texts are
// loaded by the pages that show them (auth-page.tsx, the member area's layout).
await needTexts('forms')

/** Renders messages (keys with parameters) in the reader's language. */
export function useMessages(): (messages: readonly string[] | null | undefined, use?: MessageUse) => string[] {
	const i18n = useT()
	return (messages, use = 'field') => [
		...new Set((messages ?? []).filter(Boolean).map((message) => renderMessage(i18n, message, use))),
	]
}

/** Messages under a control; the control names this list in aria-describedby. */
export function FieldMessages({ id, messages }: { id: string; messages?: readonly string[] | null }) {
	const shown = useMessages()(messages)
	if (shown.length === 0) return null
	return (
		<ul id={id} className="mt-1.5 space-y-1 text-sm font-medium text-red-700">
			{shown.map((text) => (
				<li key={text} className="flex gap-1.5">
					<SolidIcon path={noticeIcons.error} className="mt-0.5 size-4 shrink-0" />
					<span>{text}</span>
				</li>
			))}
		</ul>
	)
}

/**
 * Why a form as a whole did not go through (decided by someone else, the
 * link expired, too many attempts), announced when it appears. `id` is the
 * form's error id, which the form names in aria-describedby.
 */
export function FormErrors({
	id,
	messages,
	title,
	className,
}: {
	id?: string
	messages?: readonly string[] | null
	title?: string
	className?: string
}) {
	const shown = useMessages()(messages)
	if (shown.length === 0) return null
	return (
		<Notice id={id} tone="error" title={title} className={className}>
			{shown.length === 1 ? (
				<p>{shown[0]}</p>
			) : (
				<ul className="list-disc space-y-1 pl-5">
					{shown.map((text) => (
						<li key={text}>{text}</li>
					))}
				</ul>
			)}
		</Notice>
	)
}

/** A form reply's notice about the page (saved, sent, a link sent again), in the reader's language. */
export function ReplyNotice({ notice, className }: { notice?: PageNotice | null; className?: string }) {
	const render = useMessages()
	if (!notice) return null
	return (
		<Notice tone={notice.tone} className={className}>
			<p>{render([notice.message])}</p>
		</Notice>
	)
}
