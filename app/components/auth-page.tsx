import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import { Notice, type NoticeTone } from './forms/index.ts'

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
 * How a sign-in task ended (sent, done, the link no longer works): the
 * outcome as a notice, anything more to say, and the one way on.
 */
export function AuthOutcome({
	title,
	tone,
	heading,
	body,
	children,
	next,
}: {
	title: string
	tone: NoticeTone
	heading: string
	body: ReactNode
	children?: ReactNode
	next?: { to: string; label: string; button?: boolean }
}) {
	return (
		<AuthPage title={title}>
			<Notice tone={tone} title={heading}>
				<p>{body}</p>
			</Notice>
			{children}
			{next ? (
				<p className="mt-5">
					<Link to={next.to} className={next.button ? 'button-primary' : 'link'}>
						{next.label}
					</Link>
				</p>
			) : null}
		</AuthPage>
	)
}
