import type { SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { Field, formProps, HiddenFields, schemaOnUse, SubmitButton, useSchemaForm } from '~/components/forms/index.ts'
import { useT } from '~/i18n/use-t.ts'
import type { TriageCandidate } from './triage-types.ts'

const inviteProviderSchemaOnUse = schemaOnUse(() =>
	import('~/domain/requests/request-form-schema.ts').then((module) => module.inviteProviderSchema),
)

/**
 * What a coordinator can do about a provider nobody could answer for: the
 * invitation already sent (and until when it is open), or a form that sends
 * one to the listing's contact address or another the coordinator types.
 */
export function InviteProvider({
	candidate,
	lastResult,
}: {
	candidate: TriageCandidate
	lastResult: SubmissionResult<string[]> | null
}) {
	const { t, formatDate } = useT()
	const { invitation } = candidate
	if (!candidate.invitable) return <p className="mt-3 text-sm text-slate-700">{t('triage.invite.notInvitable')}</p>
	if (invitation?.state === 'open')
		return (
			<p className="mt-3 text-sm text-slate-800">
				{t('triage.invite.sent', {
					email: invitation.email,
					date: formatDate(invitation.sentAt),
					until: formatDate(invitation.expiresAt),
				})}
			</p>
		)
	return (
		<>
			{invitation?.state === 'expired' ? (
				<p className="mt-3 text-sm text-slate-800">
					{t('triage.invite.expired', { email: invitation.email, date: formatDate(invitation.expiresAt) })}
				</p>
			) : null}
			<InviteForm candidate={candidate} lastResult={lastResult} />
		</>
	)
}

function InviteForm({
	candidate,
	lastResult,
}: {
	candidate: TriageCandidate
	lastResult: SubmissionResult<string[]> | null
}) {
	const { t } = useT()
	const [form, fields] = useSchemaForm(inviteProviderSchemaOnUse, {
		id: `invite-${candidate.listingId}`,
		lastResult,
		defaultValue: { listingId: candidate.listingId, email: candidate.contactEmail ?? '' },
		checkFirst: 'onSubmit',
	})
	// A refusal of the invitation as a whole (someone joined meanwhile) is said beside the address.
	const errors = [...(fields.email.errors ?? []), ...(form.errors ?? [])]
	return (
		<Form method="post" {...formProps(form)} noValidate className="mt-3 max-w-md space-y-2">
			<HiddenFields values={{ intent: 'invite', listingId: candidate.listingId }} />
			<Field
				meta={fields.email}
				errors={errors}
				type="email"
				label={t('triage.invite.email')}
				hint={candidate.contactEmail ? t('triage.invite.emailHint') : t('triage.invite.noContact')}
				inputProps={{ autoComplete: 'off' }}
			/>
			<SubmitButton tone="secondary" size="sm" pendingLabel={t('thread.sending')}>
				{t('triage.invite.send')}
				<span className="sr-only">: {candidate.name}</span>
			</SubmitButton>
		</Form>
	)
}
