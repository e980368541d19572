import { Form, Link } from '@remix-run/react'
import { buttonSmallClass } from '~/components/form-controls.tsx'
import { listingPath } from '~/domain/directory/types.ts'
import { GAIN } from '~/domain/matching/scoring.ts'
import type { Reason } from '~/domain/matching/rank.ts'
import { useT } from '~/i18n/use-t.ts'
import type { TriageCandidate } from './triage-types.ts'

const chip = 'inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset'

/** The ranking's score as a share of a perfect match: every need met, with certainty. */
function scorePercent(score: number): number {
	return Math.min(100, Math.round((score / GAIN.everything) * 100))
}

/** Why the ranking suggests a provider; cautions (something missing or contradicted) stand out. */
function ReasonList({ id, reasons }: { id: string; reasons: readonly Reason[] }) {
	const { locale } = useT()
	if (!reasons.length) return null
	return (
		<ul id={id} className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
			{reasons.map((reason) => {
				const caution = reason.code.startsWith('caution.')
				return (
					<li key={`${reason.code}:${reason.text.en}`} className="flex gap-2">
						<svg
							aria-hidden="true"
							viewBox="0 0 20 20"
							fill="currentColor"
							className={`mt-0.5 size-4 shrink-0 ${caution ? 'text-amber-600' : 'text-emerald-600'}`}
						>
							<path
								fillRule="evenodd"
								clipRule="evenodd"
								d={
									caution
										? 'M8.49 2.9c.66-1.2 2.36-1.2 3.02 0l6.28 11.36c.64 1.16-.2 2.59-1.51 2.59H3.72c-1.31 0-2.15-1.43-1.51-2.59L8.49 2.9ZM10 6a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 10 6Zm0 8a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z'
										: 'M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.58l7.3-7.3a1 1 0 0 1 1.4 0Z'
								}
							/>
						</svg>
						<span className={`first-letter:uppercase ${caution ? 'text-amber-950' : 'text-slate-800'}`}>
							{reason.text[locale]}
						</span>
					</li>
				)
			})}
		</ul>
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

/** The small form a candidate's "Remove" or "Add back" button submits (buttons inside the routing form point here). */
export function CandidateActionForm({
	id,
	intent,
	listingId,
}: {
	id: string
	intent: 'remove' | 'add'
	listingId: string
}) {
	return (
		<Form method="post" id={id} hidden>
			<input type="hidden" name="intent" value={intent} />
			<input type="hidden" name="listingId" value={listingId} />
		</Form>
	)
}

export const removeFormId = (listingId: string) => `remove-${listingId}`

/**
 * One suggested or added provider. Selectable ones carry a checkbox of the
 * routing form; a provider already asked, or one nobody could answer for,
 * says why it cannot be chosen instead.
 */
export function CandidateCard({
	candidate,
	checkbox,
	canEdit,
}: {
	candidate: TriageCandidate
	/** Present when the candidate can be chosen: the routing form's field name and whether it starts ticked. */
	checkbox: { name: string; checked: boolean; invalid: boolean } | null
	canEdit: boolean
}) {
	const { t } = useT()
	const inputId = `candidate-${candidate.listingId}`
	const reasonsId = `${inputId}-reasons`
	const scored = candidate.source === 'suggested' || candidate.reasons.length > 0
	return (
		<li className={`flex gap-3 p-4 sm:p-5 ${checkbox ? '' : 'bg-slate-50'}`}>
			<div className="w-5 shrink-0 pt-0.5">
				{checkbox ? (
					<input
						type="checkbox"
						id={inputId}
						name={checkbox.name}
						value={candidate.listingId}
						defaultChecked={checkbox.checked}
						aria-describedby={candidate.reasons.length ? reasonsId : undefined}
						aria-invalid={checkbox.invalid || undefined}
						className="size-5 rounded border-slate-400 accent-brand-700"
					/>
				) : null}
			</div>
			<div className="min-w-0 flex-1">
				<div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
					{checkbox ? (
						<label htmlFor={inputId} className="font-semibold break-words text-slate-900">
							{t('triage.select', { name: candidate.name })}
						</label>
					) : (
						<p className="font-semibold break-words text-slate-900">{candidate.name}</p>
					)}
					{scored ? (
						<span className={`${chip} bg-brand-50 text-brand-800 ring-brand-200 tabular-nums`}>
							{t('triage.score', { score: scorePercent(candidate.score) })}
						</span>
					) : null}
				</div>
				<ProviderLine candidate={candidate} />
				{candidate.source === 'added' || candidate.routeStatus || !candidate.reachable ? (
					<p className="mt-2 flex flex-wrap gap-1.5">
						{candidate.routeStatus ? (
							<span className={`${chip} bg-indigo-50 text-indigo-900 ring-indigo-200`}>
								{t('triage.alreadyRouted', { status: t(`route.status.${candidate.routeStatus}`) })}
							</span>
						) : !candidate.reachable ? (
							<span className={`${chip} bg-amber-50 text-amber-950 ring-amber-300`}>{t('triage.unreachable')}</span>
						) : null}
						{candidate.source === 'added' ? (
							<span className={`${chip} bg-white text-slate-700 ring-slate-300`}>{t('triage.added')}</span>
						) : null}
					</p>
				) : null}
				<ReasonList id={reasonsId} reasons={candidate.reasons} />
				{canEdit && !candidate.routeStatus ? (
					<p className="mt-3">
						<button type="submit" form={removeFormId(candidate.listingId)} className={buttonSmallClass}>
							{t('triage.remove')}
							<span className="sr-only">: {candidate.name}</span>
						</button>
					</p>
				) : null}
			</div>
		</li>
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
		<section aria-labelledby="removed-heading" className="space-y-3">
			<h2 id="removed-heading" className="text-xl font-semibold text-slate-900">
				{t('triage.removedHeading')}
			</h2>
			<ul className="card divide-y divide-slate-200">
				{candidates.map((candidate) => (
					<li key={candidate.listingId} className="flex flex-wrap items-center justify-between gap-3 p-4">
						<div className="min-w-0">
							<p className="font-semibold break-words text-slate-900">{candidate.name}</p>
							<ProviderLine candidate={candidate} />
						</div>
						{canEdit ? (
							<Form method="post">
								<input type="hidden" name="listingId" value={candidate.listingId} />
								<button type="submit" name="intent" value="add" className={buttonSmallClass}>
									{t('triage.restore')}
									<span className="sr-only">: {candidate.name}</span>
								</button>
							</Form>
						) : null}
					</li>
				))}
			</ul>
		</section>
	)
}
