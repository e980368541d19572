import type { SubmissionResult } from '@conform-to/react'
import { Form, Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import { ActionButton, HiddenFields, SubmitButton } from '~/components/forms/index.ts'
import { Badge } from '~/components/badge.tsx'
import { listingPath } from '~/domain/directory/types.ts'
import { scorePercent } from '~/domain/matching/scoring.ts'
import type { Reason } from '~/domain/matching/reasons.ts'
import { useT } from '~/i18n/use-t.ts'
import { InviteProvider } from './triage-invite.tsx'
import { TriageSection } from './triage-section.tsx'
import type { SuggestedNext, TriageCandidate, TriageInterest } from './triage-types.ts'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

const reasonIcons = {
	fit: {
		tone: 'text-emerald-600',
		path: 'M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.58l7.3-7.3a1 1 0 0 1 1.4 0Z',
	},
	caution: {
		tone: 'text-amber-600',
		path: 'M8.49 2.9c.66-1.2 2.36-1.2 3.02 0l6.28 11.36c.64 1.16-.2 2.59-1.51 2.59H3.72c-1.31 0-2.15-1.43-1.51-2.59L8.49 2.9ZM10 6a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 10 6Zm0 8a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z',
	},
} as const

/**
 * Why the ranking suggests a provider: what fits first, then the cautions
 * (something missing or contradicted), each group in reading order so the two
 * never interleave across columns.
 */
function ReasonList({ id, reasons }: { id: string; reasons: readonly Reason[] }) {
	const { locale } = useT()
	if (!reasons.length) return null
	const groups = (['fit', 'caution'] as const)
		.map((kind) => ({
			kind,
			reasons: reasons.filter((reason) => reason.code.startsWith('caution.') === (kind === 'caution')),
		}))
		.filter((group) => group.reasons.length)
	return (
		<div id={id} className="mt-2 space-y-1 text-sm">
			{groups.map((group) => (
				<ul key={group.kind} className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
					{group.reasons.map((reason) => (
						<li key={`${reason.code}:${reason.text.en}`} className="flex gap-2">
							<svg
								aria-hidden="true"
								viewBox="0 0 20 20"
								fill="currentColor"
								className={`mt-0.5 size-4 shrink-0 ${reasonIcons[group.kind].tone}`}
							>
								<path fillRule="evenodd" clipRule="evenodd" d={reasonIcons[group.kind].path} />
							</svg>
							<span
								className={`first-letter:uppercase ${group.kind === 'caution' ? 'text-amber-950' : 'text-slate-800'}`}
							>
								{reason.text[locale]}
							</span>
						</li>
					))}
				</ul>
			))}
		</div>
	)
}

function ProviderLine({ candidate }: { candidate: TriageCandidate }) {
	const { t, term } = useT()
	return (
		<p className="text-sm text-slate-600">
			{term('listingTypes', candidate.type)}
			{candidate.organizationName ? ` · ${candidate.organizationName}` : null} ·{' '}
			<Link to={listingPath(candidate)} className="link">
				{t('curation.publicPage')}
				<span className="sr-only">: {candidate.name}</span>
			</Link>
		</p>
	)
}

// A badge longer than a phone's card wraps instead of running out of it.
const wrapping = 'max-w-full'

/** "Add" or "Add back": puts a listing (back) on the candidate list. */
export function AddCandidateForm({ listingId, name, label }: { listingId: string; name: string; label: string }) {
	return (
		<ActionButton intent="add" fields={{ listingId }} tone="secondary" size="sm">
			{label}
			<span className="sr-only">: {name}</span>
		</ActionButton>
	)
}

export const removeFormId = (listingId: string) => `remove-${listingId}`

/** The form a candidate's "Remove" button submits: the button sits inside the routing form, and forms cannot nest. */
export function RemoveCandidateForm({ listingId }: { listingId: string }) {
	return (
		<Form method="post" id={removeFormId(listingId)} hidden>
			<HiddenFields values={{ intent: 'remove', listingId }} />
		</Form>
	)
}

/** A checkbox of the routing form: the field's name, the listing it chooses, and how it starts. */
export interface Choice {
	fieldName: string
	value: string
	checked: boolean
	invalid: boolean
	describedBy?: string
}

/**
 * One option of the routing form. With a choice it carries a checkbox whose
 * visible label names the provider; without one (already asked, nobody to
 * answer) it shows the name only and its content says why.
 */
function ChoiceCard({
	id,
	name,
	choice,
	badge,
	children,
}: {
	id: string
	name: string
	choice: Choice | null
	badge?: ReactNode
	children: ReactNode
}) {
	const { t } = useT()
	return (
		<li className={`flex gap-3 p-4 sm:p-5 ${choice ? '' : 'bg-slate-50'}`}>
			<div className="w-5 shrink-0 pt-0.5">
				{choice ? (
					<input
						type="checkbox"
						id={id}
						name={choice.fieldName}
						value={choice.value}
						defaultChecked={choice.checked}
						aria-describedby={choice.describedBy}
						aria-invalid={choice.invalid || undefined}
						className="size-5 rounded border-slate-400 accent-brand-700"
					/>
				) : null}
			</div>
			<div className="min-w-0 flex-1">
				<div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
					{choice ? (
						<label htmlFor={id} className="font-semibold text-slate-900">
							{t('triage.select', { name })}
						</label>
					) : (
						<p className="font-semibold text-slate-900">{name}</p>
					)}
					{badge}
				</div>
				{children}
			</div>
		</li>
	)
}

/**
 * One suggested or added provider, with the ranking's score and reasons. A
 * provider already asked, or one nobody could answer for, says why it cannot
 * be chosen; one that can says so too, and the one suggested after a decline
 * says after whose.
 */
export function CandidateCard({
	candidate,
	choice,
	canEdit,
	suggestedAfter,
	children,
}: {
	candidate: TriageCandidate
	choice: Omit<Choice, 'value' | 'describedBy'> | null
	canEdit: boolean
	suggestedAfter?: SuggestedNext['after'] | null
	children?: ReactNode
}) {
	const { t } = useT()
	const id = `candidate-${candidate.listingId}`
	const reasonsId = `${id}-reasons`
	const scored = candidate.source === 'suggested' || candidate.reasons.length > 0
	return (
		<ChoiceCard
			id={id}
			name={candidate.name}
			choice={
				choice
					? {
							...choice,
							value: candidate.listingId,
							describedBy: candidate.reasons.length ? reasonsId : undefined,
						}
					: null
			}
			badge={
				scored ? (
					<Badge tone="brand" className="tabular-nums">
						{t('triage.score', { score: scorePercent(candidate.score) })}
					</Badge>
				) : null
			}
		>
			<ProviderLine candidate={candidate} />
			<p className="mt-2 flex flex-wrap gap-1.5">
				{suggestedAfter ? (
					<Badge tone="brand" className={wrapping}>
						{t(`triage.suggestedAfter.${suggestedAfter.status}`, { provider: suggestedAfter.provider })}
					</Badge>
				) : null}
				{candidate.routeStatus ? (
					<Badge tone="indigo">
						{t('triage.alreadyRouted', { status: t(`route.status.${candidate.routeStatus}`) })}
					</Badge>
				) : !candidate.reachable ? (
					<Badge tone="amber" className={wrapping}>
						{t('triage.unreachable')}
					</Badge>
				) : candidate.invitation?.state === 'accepted' ? (
					<Badge tone="emerald">{t('triage.joinedFromInvitation')}</Badge>
				) : (
					<Badge tone="emerald">{t('triage.routable')}</Badge>
				)}
				{candidate.source === 'added' ? <Badge tone="plain">{t('triage.added')}</Badge> : null}
			</p>
			<ReasonList id={reasonsId} reasons={candidate.reasons} />
			{children}
			{canEdit && !candidate.routeStatus ? (
				<p className="mt-3">
					<SubmitButton form={removeFormId(candidate.listingId)} tone="secondary" size="sm">
						{t('triage.remove')}
						<span className="sr-only">: {candidate.name}</span>
					</SubmitButton>
				</p>
			) : null}
		</ChoiceCard>
	)
}

/** An organisation that answered the open call, in its own words; routing it starts its route as "interested". */
export function InterestCard({ interest, choice }: { interest: TriageInterest; choice: Omit<Choice, 'value'> | null }) {
	const { t, formatDate } = useT()
	return (
		<ChoiceCard
			id={`interest-${interest.organizationId}`}
			name={interest.organizationName}
			choice={choice && !interest.routed ? { ...choice, value: interest.organizationId } : null}
			badge={interest.routed ? <Badge tone="indigo">{t('triage.interestRouted')}</Badge> : null}
		>
			<p className="text-sm text-slate-600">
				{t('triage.interestBy', {
					name: interest.authorName ?? interest.organizationName,
					date: formatDate(interest.createdAt),
				})}{' '}
				·{' '}
				<Link to={listingPath({ type: 'organization', slug: interest.organizationSlug })} className="link">
					{t('curation.publicPage')}
					<span className="sr-only">: {interest.organizationName}</span>
				</Link>
			</p>
			{interest.message ? (
				<p className="mt-2 border-l-2 border-violet-200 pl-3 whitespace-pre-line text-slate-800">{interest.message}</p>
			) : null}
		</ChoiceCard>
	)
}

/** Candidates a coordinator set aside, with their reasons kept, to be added back. */
export function RemovedCandidates({
	candidates,
	canEdit,
}: {
	candidates: readonly TriageCandidate[]
	canEdit: boolean
}) {
	const { t } = useT()
	if (!candidates.length) return null
	return (
		<TriageSection id="removed" heading={t('triage.removedHeading')}>
			<ul className="card divide-y divide-slate-200">
				{candidates.map((candidate) => (
					<li key={candidate.listingId} className="flex flex-wrap items-center justify-between gap-3 p-4">
						<div className="min-w-0">
							<p className="font-semibold text-slate-900">{candidate.name}</p>
							<ProviderLine candidate={candidate} />
						</div>
						{canEdit ? (
							<AddCandidateForm listingId={candidate.listingId} name={candidate.name} label={t('triage.restore')} />
						) : null}
					</li>
				))}
			</ul>
		</TriageSection>
	)
}

/** The invitation form's answer, and the candidate it was about. */
export interface InviteResult {
	listingId: string
	result: SubmissionResult<string[]>
}

/**
 * Providers that fit but cannot be routed: nobody there has a portal account.
 * Shown apart, below those a coordinator can route, each with the invitation
 * to join its organisation (sent, or a form to send it). Outside the routing
 * form: each invitation is a form of its own.
 */
export function NotInPortal({
	candidates,
	canEdit,
	inviteResult,
}: {
	candidates: readonly TriageCandidate[]
	canEdit: boolean
	inviteResult: InviteResult | null
}) {
	const { t } = useT()
	if (!candidates.length) return null
	return (
		<TriageSection id="not-in-portal" heading={t('triage.notInPortalHeading')}>
			<p className="max-w-3xl text-slate-700">{t('triage.notInPortalIntro')}</p>
			<ul className="card divide-y divide-slate-200 overflow-hidden">
				{candidates.map((candidate) => (
					<CandidateCard key={candidate.listingId} candidate={candidate} choice={null} canEdit={canEdit}>
						{canEdit ? (
							<InviteProvider
								candidate={candidate}
								lastResult={inviteResult?.listingId === candidate.listingId ? inviteResult.result : null}
							/>
						) : null}
					</CandidateCard>
				))}
			</ul>
		</TriageSection>
	)
}
