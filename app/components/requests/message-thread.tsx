import type { SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import {
	formProps,
	HiddenFields,
	schemaOnUse,
	SubmitButton,
	TextareaField,
	useSchemaForm,
} from '~/components/forms/index.ts'
import type { ThreadSide } from '~/domain/requests/post-message.server.ts'
import { useT } from '~/i18n/use-t.ts'

const messageFormSchemaOnUse = schemaOnUse(() =>
	import('~/domain/requests/request-form-schema.ts').then((module) => module.messageFormSchema),
)

export interface ThreadMessageView {
	id: string
	side: ThreadSide
	authorName: string | null
	body: string
	createdAt: string
}

const sideTones: Record<ThreadSide, string> = {
	requester: 'border-sky-200 bg-sky-50',
	provider: 'border-emerald-200 bg-emerald-50',
	hub: 'border-slate-200 bg-white',
}

/**
 * The conversation on one route, oldest first, and the form to add to it.
 * Each message says which side wrote it; names appear once the sides are
 * introduced (the loader leaves them out before).
 */
export function MessageThread({
	routeId,
	messages,
	open,
	lastResult,
	headingLevel = 3,
}: {
	routeId: string
	messages: readonly ThreadMessageView[]
	open: boolean
	lastResult?: SubmissionResult<string[]> | null
	headingLevel?: 2 | 3 | 4
}) {
	const { t, formatDate } = useT()
	const Heading = ({ 2: 'h2', 3: 'h3', 4: 'h4' } as const)[headingLevel]
	return (
		<section aria-labelledby={`thread-${routeId}-heading`} className="space-y-3">
			<Heading id={`thread-${routeId}-heading`} className="font-semibold text-slate-900">
				{t('thread.heading')}
			</Heading>
			{messages.length ? (
				<ol className="space-y-2">
					{messages.map((message) => (
						<li key={message.id} className={`rounded-lg border px-4 py-3 ${sideTones[message.side]}`}>
							<p className="text-sm text-slate-600">
								<span className="font-semibold text-slate-800">
									{message.authorName
										? `${message.authorName} · ${t(`thread.side.${message.side}`)}`
										: t(`thread.side.${message.side}`)}
								</span>{' '}
								· <time dateTime={message.createdAt}>{formatDate(message.createdAt)}</time>
							</p>
							<p className="mt-1 whitespace-pre-line text-slate-900">{message.body}</p>
						</li>
					))}
				</ol>
			) : (
				<p className="text-sm text-slate-600">{open ? t('thread.empty') : t('thread.closedNote')}</p>
			)}
			{open ? (
				// A new form for every message in the thread: the one just sent is not in the box any more.
				<ThreadForm key={messages.length} routeId={routeId} lastResult={lastResult} />
			) : null}
		</section>
	)
}

function ThreadForm({ routeId, lastResult }: { routeId: string; lastResult?: SubmissionResult<string[]> | null }) {
	const { t } = useT()
	const [form, fields] = useSchemaForm(messageFormSchemaOnUse, { id: `thread-${routeId}`, lastResult })
	// A refusal of the thread as a whole (it closed meanwhile) is said where the message was written.
	const errors = [...(fields.body.errors ?? []), ...(form.errors ?? [])]
	return (
		<Form method="post" {...formProps(form)} noValidate className="space-y-2">
			<HiddenFields values={{ routeId }} />
			<TextareaField meta={fields.body} errors={errors} label={t('thread.message')} rows={3} />
			<SubmitButton name="intent" value="message" pendingLabel={t('thread.sending')} tone="secondary">
				{t('thread.send')}
			</SubmitButton>
		</Form>
	)
}
