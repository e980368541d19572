import type { SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import {
	errorsByField,
	FieldMessages,
	formProps,
	schemaOnUse,
	SubmitButton,
	TextareaField,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { requestLimits } from '~/domain/requests/request-form-schema.ts'
import { useT } from '~/i18n/use-t.ts'
import { CandidateCard, InterestCard, type InviteResult, NotInPortal } from './triage-candidates.tsx'
import { TriageSection } from './triage-section.tsx'
import type { TriageDetail } from './triage-types.ts'

const routeFormSchemaOnUse = schemaOnUse(() =>
	import('~/domain/requests/request-form-schema.ts').then((module) => module.routeFormSchema),
)

/**
 * Choosing providers and sending the request to them: interest from the
 * open-call board and the ranked candidates are options of one form, so a
 * coordinator sends to several at once with one note. After a decline or an
 * expiry the next routable candidate starts ticked; the coordinator decides.
 * Providers nobody could answer for follow, each with its invitation form.
 */
export function RoutingForm({
	detail,
	lastResult,
	inviteResult,
	canEdit,
}: {
	detail: TriageDetail
	lastResult: SubmissionResult<string[]> | null
	inviteResult: InviteResult | null
	canEdit: boolean
}) {
	const { t } = useT()
	const [form, fields] = useSchemaForm(routeFormSchemaOnUse, { id: 'route', lastResult, checkFirst: 'onSubmit' })
	const sentChoice = fields.listingIds.initialValue
	const chosen = new Set(
		[sentChoice ?? (detail.suggestedNext ? [detail.suggestedNext.listingId] : [])]
			.flat()
			.filter((id): id is string => typeof id === 'string'),
	)
	const choiceMessages = errorsByField(form.allErrors).get(fields.listingIds.name) ?? []
	const formMessages = form.errors ?? []
	const choiceInvalid = choiceMessages.length > 0
	const selectable = detail.candidates.filter((candidate) => !candidate.removed)
	// Providers nobody could answer for fit too, but are shown apart so they never crowd out those a coordinator can route.
	const routable = selectable.filter((candidate) => candidate.reachable || candidate.routeStatus)
	const notInPortal = selectable.filter((candidate) => !candidate.reachable && !candidate.routeStatus)
	const anyChoice =
		selectable.some((candidate) => candidate.reachable && !candidate.routeStatus) ||
		detail.interests.some((interest) => !interest.routed)
	const choice = (listingId: string) => ({
		fieldName: fields.listingIds.name,
		checked: chosen.has(listingId),
		invalid: choiceInvalid,
	})

	return (
		<>
			<Form method="post" {...formProps(form)} noValidate className="space-y-10">
				{detail.interests.length ? (
					<TriageSection id="interests" heading={t('triage.interestsHeading')}>
						<ul className="card divide-y divide-slate-200">
							{detail.interests.map((interest) => (
								<InterestCard
									key={interest.organizationId}
									interest={interest}
									choice={canEdit ? choice(interest.organizationId) : null}
								/>
							))}
						</ul>
					</TriageSection>
				) : null}

				<TriageSection
					id="suggestions"
					heading={t('triage.suggestionsHeading')}
					action={
						canEdit ? (
							<SubmitButton form="refresh" tone="secondary" size="sm">
								{t('triage.refresh')}
							</SubmitButton>
						) : null
					}
				>
					<p className="max-w-3xl text-slate-700">{t('triage.suggestionsIntro')}</p>
					{routable.length ? (
						<ul className="card divide-y divide-slate-200 overflow-hidden">
							{routable.map((candidate) => (
								<CandidateCard
									key={candidate.listingId}
									candidate={candidate}
									choice={canEdit && candidate.reachable && !candidate.routeStatus ? choice(candidate.listingId) : null}
									canEdit={canEdit}
									suggestedAfter={
										detail.suggestedNext?.listingId === candidate.listingId ? detail.suggestedNext.after : null
									}
								/>
							))}
						</ul>
					) : (
						<p className="text-slate-700">{t('triage.suggestionsEmpty')}</p>
					)}
				</TriageSection>

				{canEdit && anyChoice ? (
					<div className="card space-y-4 border-brand-200 p-5 sm:p-6">
						<TextareaField
							meta={fields.note}
							label={t('triage.note')}
							hint={t('triage.noteHint')}
							rows={3}
							textareaProps={{ maxLength: requestLimits.note }}
						/>
						<FieldMessages id={fields.listingIds.errorId} messages={[...choiceMessages, ...formMessages]} />
						<SubmitButton name="intent" value="route" pendingLabel={t('thread.sending')}>
							{t('triage.route')}
						</SubmitButton>
					</div>
				) : null}
			</Form>
			<NotInPortal candidates={notInPortal} canEdit={canEdit} inviteResult={inviteResult} />
		</>
	)
}
