import type { SubmissionResult } from '@conform-to/react'
import type { ComponentProps, ReactNode } from 'react'
import { SubmitButton } from './buttons.tsx'
import { formLevelErrors } from './conform.ts'
import type { PageNotice } from './form-action.server.ts'
import { FormErrors, ReplyNotice } from './messages.tsx'
import { SchemaForm } from './schema-form.tsx'

// A page with several forms (the account, an organisation's members): each
// submit button says which form it is (name "intent"), and the action's
// reply echoes it, so each form shows only the replies meant for it.

/** The reply to one of a page's forms: which one, its messages, and its notice. */
export interface IntentReply<Intent extends string> {
	intent: Intent
	result?: SubmissionResult<string[]>
	notice?: PageNotice
}

/**
 * What a reply to the given forms (all of the page's, without `intents`) says
 * about the page: done, or, for a form that is only a button and has no field
 * to show a message beside, refused.
 */
export function IntentNotice<Intent extends string>({
	reply,
	intents,
	buttonsOnly = [],
	className,
}: {
	reply?: IntentReply<Intent>
	intents?: readonly Intent[]
	buttonsOnly?: readonly Intent[]
	className?: string
}) {
	if (!reply || (intents && !intents.includes(reply.intent))) return null
	return (
		<>
			<ReplyNotice notice={reply.notice} className={className} />
			{buttonsOnly.includes(reply.intent) ? (
				<FormErrors messages={formLevelErrors(reply.result?.error ?? {})} className={className} />
			) : null}
		</>
	)
}

/** One of a page's forms: the kit's form with its fields, then the submit button that names it. */
export function IntentForm({
	form,
	intent,
	submit,
	pendingLabel,
	className,
	intro,
	children,
}: {
	form: ComponentProps<typeof SchemaForm>['form']
	intent: string
	submit: ReactNode
	pendingLabel: string
	className?: string
	intro?: ReactNode
	children: ReactNode
}) {
	return (
		<SchemaForm form={form} className={className} intro={intro}>
			{children}
			<SubmitButton name="intent" value={intent} pendingLabel={pendingLabel}>
				{submit}
			</SubmitButton>
		</SchemaForm>
	)
}
