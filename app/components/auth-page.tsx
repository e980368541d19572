import type { ReactNode } from 'react'
import type { PlainMessageKey } from '~/i18n/messages.ts'
import { needTexts } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'
import { Notice, type NoticeTone } from './forms/index.ts'
import { LinkLine } from './link-line.tsx'

// Signing in and up, passwords, confirming an address: the accounts' texts.
await needTexts('accounts')

/**
 * The narrow, centred card of the sign-in pages (log in, sign up, reset,
 * confirm): one task per page, nothing to distract from it.
 */
export function AuthPage({
	title,
	intro,
	children,
	footer,
}: {
	title: string
	intro?: ReactNode
	children: ReactNode
	footer?: ReactNode
}) {
	return (
		<div className="container-page py-10 sm:py-16">
			<div className="mx-auto w-full max-w-md">
				<h1 className="text-3xl font-bold tracking-tight text-balance text-slate-900">{title}</h1>
				{intro ? <div className="mt-3 leading-relaxed text-slate-700">{intro}</div> : null}
				<div className="card relative mt-6 p-5 sm:p-7">{children}</div>
				{footer ? <div className="mt-6 space-y-2 text-sm text-slate-700">{footer}</div> : null}
			</div>
		</div>
	)
}

/**
 * One way a sign-in task can end (sent, done, the link no longer works), as
 * message keys: a page keeps its endings in one table, keyed by what happened.
 */
export interface Outcome {
	tone: NoticeTone
	heading: PlainMessageKey
	/** Left out where the page renders a body with parameters itself. */
	body?: PlainMessageKey
	next?: { to: string; label: PlainMessageKey; button?: boolean }
}

/**
 * How a sign-in task ended: the outcome as a notice, anything more to say,
 * and the one way on.
 */
export function AuthOutcome({
	title,
	outcome,
	body,
	children,
}: {
	title: string
	outcome: Outcome
	/** The notice's text when it has parameters (the address a link went to). */
	body?: string
	children?: ReactNode
}) {
	const { t } = useT()
	const { tone, heading, next } = outcome
	return (
		<AuthPage title={title}>
			<Notice tone={tone} title={t(heading)}>
				<p>{body ?? (outcome.body ? t(outcome.body) : null)}</p>
			</Notice>
			{children}
			{next ? (
				<LinkLine to={next.to} button={next.button} className="mt-5">
					{t(next.label)}
				</LinkLine>
			) : null}
		</AuthPage>
	)
}

/**
 * Where a mail the person just asked for went when the portal sends none
 * (mailDelivery() is `mailbox`): saying "check your inbox" would send them
 * looking for a message that never leaves the server.
 */
export function MailboxNote() {
	const { t } = useT()
	return (
		<div className="mt-5 space-y-2 text-sm leading-relaxed text-slate-700">
			<p>{t('auth.mailbox.notSent')}</p>
			<LinkLine to="/admin/mail">{t('auth.mailbox.link')}</LinkLine>
		</div>
	)
}
