import type { SubmissionResult } from '@conform-to/react'
import { Link, useLocation } from '@remix-run/react'
import { ActionButton } from '~/components/forms/buttons.tsx'
import { Notice } from '~/components/forms/notice.tsx'
import { useDone } from '~/components/forms/reply.ts'
import { Section } from '~/components/section.tsx'
import { renderMessage } from '~/domain/messages.ts'
import type { RegistrationState } from '~/domain/events/registration-state.server.ts'
import { useT } from '~/i18n/use-t.ts'

// Registration in the portal on an event's page: how many places are left
// (or that it is full, with a waiting list), the reader's own place, and one
// button to register, join the waiting list or cancel. A visitor is sent to
// sign in (or sign up) and comes back here. Buttons only, so none of the
// form kit's fields and texts: the event page stays within the public pages'
// weight budget (decision 027).

export const registrationDone = {
	registered: 'registration.registered',
	waiting: 'registration.waitingHint',
	cancelled: 'registration.cancelled',
} as const

export function EventRegistration({
	state,
	signedIn,
	confirmed,
	lastResult,
}: {
	state: RegistrationState
	signedIn: boolean
	confirmed: boolean
	lastResult?: SubmissionResult<string[]>
}) {
	const i18n = useT()
	const { t } = i18n
	const { pathname } = useLocation()
	const done = useDone(registrationDone)
	const refusals = Object.values(lastResult?.error ?? {}).flatMap((messages) => messages ?? [])
	const { mine, seatsLeft, capacity, waiting } = state
	const full = seatsLeft === 0
	return (
		<Section
			id="registration-heading"
			heading={t('events.registration')}
			size="lg"
			className="card space-y-3 p-5 sm:p-6"
		>
			{done === 'registration.cancelled' ? <Notice tone="success" title={t(done)} /> : null}
			{refusals.map((message) => (
				<Notice key={message} tone="error" title={renderMessage(i18n, message)} />
			))}
			{mine?.place === 'registered' ? (
				<Notice tone="success" title={t('registration.registered')} />
			) : mine?.place === 'waiting' ? (
				<Notice tone="info" title={t('registration.waiting', { position: mine.position })}>
					<p>{t('registration.waitingHint')}</p>
				</Notice>
			) : null}
			{capacity !== null ? (
				<p className="text-slate-800">
					{full
						? t(mine ? 'registration.allTaken' : 'registration.full')
						: t(seatsLeft === 1 ? 'registration.seatsLeft.one' : 'registration.seatsLeft.other', {
								count: seatsLeft ?? 0,
								capacity,
							})}
					{waiting > 0 ? (
						<>
							{' '}
							{t(waiting === 1 ? 'registration.waitingCount.one' : 'registration.waitingCount.other', {
								count: waiting,
							})}
						</>
					) : null}
				</p>
			) : null}
			{!state.open ? (
				<p className="text-slate-700">{t(state.cancelled ? 'registration.closedCancelled' : 'registration.closed')}</p>
			) : mine ? (
				<ActionButton intent="cancel-registration" tone="secondary" pendingLabel={t('registration.cancelling')}>
					{mine.place === 'registered' ? t('registration.cancel') : t('registration.leaveWaitingList')}
				</ActionButton>
			) : !signedIn ? (
				<div className="space-y-2">
					<Link to={`/login?redirectTo=${encodeURIComponent(pathname)}`} className="button-primary">
						{t('registration.signIn')}
					</Link>
					<p className="text-sm text-slate-700">{t('registration.signInHint')}</p>
				</div>
			) : !confirmed ? (
				<p className="text-slate-700">{t('registration.confirmAddress')}</p>
			) : (
				<ActionButton intent="register" pendingLabel={t('registration.registering')}>
					{full ? t('registration.joinWaitingList') : t('registration.register')}
				</ActionButton>
			)}
		</Section>
	)
}
