import type { SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import type { ReactNode } from 'react'
import {
	ActionButton,
	buttonClass,
	type ButtonTone,
	CheckboxField,
	confirmingValue,
	ConfirmPanel,
	Field,
	FormErrors,
	formProps,
	schemaOnUse,
	SelectField,
	SubmitButton,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { Section } from '~/components/section.tsx'
import type { ListingLinkView, VerificationView } from '~/domain/curation/curation-listing.server.ts'
import type { MergePreview } from '~/domain/curation/preview-merge.server.ts'
import { useT } from '~/i18n/use-t.ts'
import { taxonomy } from '~/taxonomy/taxonomy.ts'
import { Badge } from '~/components/badge.tsx'

const verificationEvidenceSchemaOnUse = schemaOnUse(() =>
	import('~/domain/curation/curation-forms.ts').then((module) => module.verificationEvidenceSchema),
)

// The panels of a listing's curation page: each a section under its own
// heading, holding the forms that act on the listing.

export function Panel({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
	return (
		<Section id={id} heading={heading} size="lg" className="card space-y-4 p-5 sm:p-6">
			{children}
		</Section>
	)
}

/** A panel whose only form is one button acting on the listing (feature, hide, archive), or none when nothing applies. */
export function ActionPanel({
	id,
	heading,
	intro,
	button,
	question,
}: {
	id: string
	heading: string
	intro?: string
	button: { intent: string; label: string; tone?: ButtonTone } | null
	/** The button's step asked first (confirmFirst): the question in place of the button. */
	question?: { heading: string; confirm: string; fields: ReadonlyArray<readonly [string, string]>; what: ReactNode }
}) {
	return (
		<Panel id={id} heading={heading}>
			{intro ? <p className="text-slate-700">{intro}</p> : null}
			{button && question ? (
				<ConfirmPanel
					heading={question.heading}
					intent={button.intent}
					fields={question.fields}
					confirm={question.confirm}
					back={id}
				>
					{question.what}
				</ConfirmPanel>
			) : button ? (
				<ActionButton intent={button.intent} tone={button.tone ?? 'secondary'}>
					{button.label}
				</ActionButton>
			) : null}
		</Panel>
	)
}

function VerifyForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
	const { t, locale } = useT()
	const [form, fields] = useSchemaForm(verificationEvidenceSchemaOnUse, { id: 'verify', lastResult })
	const licences = [
		{ value: '', label: t('curation.verify.general') },
		...taxonomy.licences.map((term) => ({ value: term.code, label: term[locale] })),
	]
	return (
		<Form method="post" {...formProps(form)} noValidate className="grid gap-4 sm:grid-cols-2">
			<SelectField
				className="sm:col-span-2"
				meta={fields.licenceCode}
				label={t('curation.verify.licence')}
				options={licences}
			/>
			<Field
				meta={fields.reference}
				label={t('curation.verify.reference')}
				hint={t('curation.verify.referenceHint')}
				required
			/>
			<Field
				meta={fields.expiresAt}
				type="date"
				label={t('curation.verify.expiresAt')}
				hint={t('curation.verify.expiresAtHint')}
			/>
			<CheckboxField className="sm:col-span-2" meta={fields.public} label={t('evidence.public')} />
			<SubmitButton name="intent" value="verify" className="justify-self-start sm:col-span-2">
				{t('curation.verify.submit')}
			</SubmitButton>
		</Form>
	)
}

/** The listing's verifications, each revocable while active, and the form for a new one. */
export function VerificationPanel({
	verifications,
	active,
	lastResult,
	confirmingRevoke,
}: {
	verifications: readonly VerificationView[]
	/** The first post of a revocation, which asks before it is done. */
	confirmingRevoke?: ReadonlyArray<readonly [string, string]>
	/** A merged listing keeps its history but takes no new evidence. */
	active: boolean
	lastResult: SubmissionResult<string[]> | undefined
}) {
	const { t, term, formatDate } = useT()
	const revoking = confirmingValue(confirmingRevoke, 'verificationId')
	return (
		<Panel id="verification" heading={t('curation.verify.heading')}>
			{verifications.length === 0 ? (
				<p className="text-slate-700">{t('curation.verify.none')}</p>
			) : (
				<ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
					{verifications.map((verification) => (
						<li key={verification.id} className="flex flex-wrap items-start justify-between gap-3 p-3">
							<div className="min-w-0 text-sm">
								<p className="font-semibold text-slate-900">
									{verification.licenceCode ? term('licences', verification.licenceCode) : t('curation.verify.general')}
								</p>
								<p className="text-slate-800">{verification.reference}</p>
								<p className="text-slate-600">
									{verification.expiresAt
										? t('curation.verify.expires', { date: formatDate(verification.expiresAt) })
										: t('curation.verify.noExpiry')}
									{' · '}
									{verification.verifiedByName
										? t('curation.verify.by', {
												name: verification.verifiedByName,
												date: formatDate(verification.createdAt),
											})
										: t('curation.verify.byErased', { date: formatDate(verification.createdAt) })}
									{verification.public ? <> · {t('evidence.shownToVisitors')}</> : null}
								</p>
							</div>
							<div className="flex items-center gap-2">
								<Badge tone={verification.state === 'active' ? 'emerald' : 'slate'}>
									{t(`curation.verify.state.${verification.state}`)}
								</Badge>
								{verification.state === 'active' && revoking !== verification.id ? (
									<ActionButton intent="revoke" fields={{ verificationId: verification.id }} tone="secondary" size="sm">
										{t('curation.verify.revoke')}
										<span className="sr-only">: {verification.reference}</span>
									</ActionButton>
								) : null}
							</div>
							{revoking === verification.id ? (
								<div className="basis-full">
									<ConfirmPanel
										heading={t('curation.verify.confirmHeading', {
											reference:
												verification.reference ??
												(verification.licenceCode
													? term('licences', verification.licenceCode)
													: t('curation.verify.general')),
										})}
										intent="revoke"
										fields={confirmingRevoke ?? []}
										confirm={t('curation.verify.confirmYes')}
										back="verification"
									>
										<p>{t('curation.verify.confirmWhat')}</p>
									</ConfirmPanel>
								</div>
							) : null}
						</li>
					))}
				</ul>
			)}
			{active ? (
				<>
					<p className="text-slate-700">{t('curation.verify.intro')}</p>
					<VerifyForm
						// A recorded verification starts the form afresh: the next one is a different piece of evidence.
						key={verifications.length}
						lastResult={lastResult}
					/>
				</>
			) : null}
		</Panel>
	)
}

/** A merge the coordinator asked for, and what it would do, before it is done. */
export type MergeQuestion = MergePreview & { confirming: Array<[string, string]> }

function MergeConfirmation({
	duplicate,
	question: { survivor, movingChildren, confirming },
}: {
	duplicate: { name: string; type: string }
	question: MergeQuestion
}) {
	const { t, tCount } = useT()
	return (
		<ConfirmPanel
			heading={t('curation.merge.confirmHeading', { name: survivor.name })}
			intent="merge"
			fields={confirming}
			confirm={t('curation.merge.confirm')}
			pendingLabel={t('curation.merge.merging')}
			back="merge"
		>
			<p>{t('curation.merge.confirmWhat', { duplicate: duplicate.name, name: survivor.name, ref: survivor.ref })}</p>
			{movingChildren ? <p>{tCount('curation.merge.confirmChildren', movingChildren)}</p> : null}
			{duplicate.type === 'organization' ? <p>{t('curation.merge.confirmMembers')}</p> : null}
		</ConfirmPanel>
	)
}

/** Finding the listing this one duplicates, by name or by ref, and merging into it once asked. */
export function MergePanel({
	duplicate,
	query,
	candidates,
	errors,
	question,
}: {
	duplicate: { name: string; type: string }
	query: string
	/** null when nothing was searched for. */
	candidates: readonly ListingLinkView[] | null
	errors: readonly string[]
	question?: MergeQuestion
}) {
	const { t } = useT()
	return (
		<Panel id="merge" heading={t('curation.merge.heading')}>
			<p className="text-slate-700">{t('curation.merge.intro')}</p>
			<FormErrors messages={errors} />
			{question ? <MergeConfirmation duplicate={duplicate} question={question} /> : null}
			<Form method="get" className="flex flex-wrap items-end gap-3">
				<Field
					className="min-w-0 flex-1"
					type="search"
					label={t('curation.merge.query')}
					inputProps={{ id: 'merge-query', name: 'mergeQuery', defaultValue: query }}
				/>
				<button type="submit" className={buttonClass('secondary')}>
					{t('curation.merge.search')}
				</button>
			</Form>
			{candidates ? (
				candidates.length === 0 ? (
					<p className="text-slate-700">{t('curation.merge.none')}</p>
				) : (
					<ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
						{candidates.map((candidate) => (
							<li key={candidate.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
								<div className="min-w-0">
									<p className="font-semibold text-slate-900">{candidate.name}</p>
									<p className="font-mono text-sm text-slate-600">{candidate.ref}</p>
								</div>
								<ActionButton intent="merge" fields={{ survivorRef: candidate.ref }} tone="danger">
									{t('curation.merge.into', { name: candidate.name })}
								</ActionButton>
							</li>
						))}
					</ul>
				)
			) : null}
			<Form method="post" className="flex flex-wrap items-end gap-3">
				<Field
					className="min-w-0 flex-1"
					label={t('curation.merge.byRef')}
					inputProps={{ id: 'merge-ref', name: 'survivorRef' }}
					controlClassName="font-mono"
				/>
				<SubmitButton name="intent" value="merge" tone="danger">
					{t('curation.merge.submit')}
				</SubmitButton>
			</Form>
		</Panel>
	)
}
