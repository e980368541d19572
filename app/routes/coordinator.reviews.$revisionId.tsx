import type { SubmissionResult } from '@conform-to/react'
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { DuplicateHints } from '~/components/curation/duplicate-hints.tsx'
import { RevisionDiffTable } from '~/components/curation/revision-diff-table.tsx'
import { ListingStatusBadge, RevisionStatusBadge } from '~/components/curation/status-badge.tsx'
import {
	ActionButton,
	allMessages,
	ConfirmPanel,
	FormErrors,
	formProps,
	Notice,
	replyFor,
	schemaOnUse,
	SubmitButton,
	TextareaField,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { confirmFirst, formIntent, handleIntents, noFields } from '~/components/forms/form-action.server.ts'
import { ListingForm } from '~/components/listing-form/listing-form.tsx'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { Section } from '~/components/section.tsx'
import { can } from '~/domain/auth/permissions.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { approveRevision, type ApprovedRevision } from '~/domain/curation/approve-revision.server.ts'
import { rejectRevisionSchema } from '~/domain/curation/curation-forms.ts'
import { rejectAsSpam } from '~/domain/curation/reject-as-spam.server.ts'
import { rejectRevision } from '~/domain/curation/reject-revision.server.ts'
import { reviewDetail, type NewOrganizationReview } from '~/domain/curation/review-detail.server.ts'
import { parseListingForm } from '~/domain/listings/listing-form-input.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { requireFound, requireParam } from '~/http/params.server.ts'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

const rejectRevisionSchemaOnUse = schemaOnUse(() =>
	import('~/domain/curation/curation-forms.ts').then((module) => module.rejectRevisionSchema),
)

async function loadReview(params: LoaderFunctionArgs['params']) {
	return requireFound(await reviewDetail(requireParam(params, 'revisionId', 'id')))
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const viewer = await requirePermission(request, 'revision.review')
	return { ...(await loadReview(params)), canMerge: can(viewer, 'listing.merge') }
}

function approvedRedirect(approved: ApprovedRevision) {
	return `/coordinator/reviews?done=${approved.organizationPublished ? 'approved-with-organization' : 'approved'}`
}

export async function action({ request, params }: ActionFunctionArgs) {
	const actor = await requirePermission(request, 'revision.review')
	const detail = await loadReview(params)
	const revisionId = detail.revision.id
	const { type, organizationRef } = detail.listing
	const parseEdited = (data: FormData) =>
		parseListingForm(data, type, {
			ref: detail.listing.ref,
			organizationRef: type === 'lab' || type === 'facility' ? organizationRef : undefined,
		})
	const formData = await request.formData()
	return handleIntents(formData, {
		reject: formIntent(rejectRevisionSchema, async ({ comment }) => {
			await rejectRevision({ actor, revisionId, comment })
			return '/coordinator/reviews?done=rejected'
		}),
		spam: formIntent(
			noFields,
			confirmFirst(formData, async () => {
				await rejectAsSpam({ actor, revisionId })
				return '/coordinator/reviews?done=spam'
			}),
		),
		'approve-edited': formIntent(parseEdited, async (correctedRecord) =>
			approvedRedirect(await approveRevision({ actor, revisionId, correctedRecord })),
		),
		// Approving as proposed carries nothing but the decision.
		approve: formIntent(noFields, async () => approvedRedirect(await approveRevision({ actor, revisionId }))),
	})
}

export const meta: MetaFunction<typeof loader> = ({ data: detail, matches }) =>
	documentMeta(matches, (i18n) => ({
		title: detail ? i18n.t('review.title', { name: detail.listing.name }) : i18n.t('error.notFound.title'),
	}))

function RejectForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
	const { t } = useT()
	const [form, fields] = useSchemaForm(rejectRevisionSchemaOnUse, { id: 'reject', lastResult })
	return (
		<Form method="post" {...formProps(form)} noValidate className="space-y-3">
			<TextareaField
				meta={fields.comment}
				label={t('review.comment')}
				hint={t('review.commentHint')}
				required
				rows={4}
			/>
			<SubmitButton name="intent" value="reject" tone="secondary">
				{t('review.reject')}
			</SubmitButton>
		</Form>
	)
}

/** Rejecting as spam, asked before it is done: no comment, nothing published, the author told. */
function SpamRejection({ confirming }: { confirming?: Array<[string, string]> }) {
	const { t } = useT()
	if (confirming)
		return (
			<ConfirmPanel
				heading={t('review.spamConfirmHeading')}
				intent="spam"
				fields={confirming}
				confirm={t('review.spamConfirm')}
				back="decision-heading"
			>
				<p>{t('review.spamConfirmWhat')}</p>
			</ConfirmPanel>
		)
	return (
		<div className="space-y-2 border-t border-slate-200 pt-3">
			<p className="text-sm text-slate-700">{t('review.spamHint')}</p>
			<ActionButton intent="spam" tone="dangerQuiet">
				{t('review.spam')}
			</ActionButton>
		</div>
	)
}

/**
 * What the decision means for the new organisation this listing depends on:
 * approving publishes it too, or, sent back, it holds the listing back.
 */
function NewOrganizationNotice({ organization }: { organization: NewOrganizationReview }) {
	const { t } = useT()
	if (organization.state === 'sent-back') {
		return (
			<Notice tone="warning" title={t('review.newOrganization.sentBack', { name: organization.name })}>
				{organization.reviewComment ? (
					<p className="whitespace-pre-line">
						<span className="font-medium">{t('myListings.coordinatorComment')}:</span> {organization.reviewComment}
					</p>
				) : null}
				<p className="mt-1">{t('review.newOrganization.sentBackExplain')}</p>
			</Notice>
		)
	}
	return (
		<Notice tone="info" title={t('review.newOrganization.publishesToo', { name: organization.name })}>
			<p>{t('review.newOrganization.explain')}</p>
			{organization.revisionId ? (
				<p className="mt-1">
					<Link to={`/coordinator/reviews/${organization.revisionId}`} className="link">
						{t('review.newOrganization.open')}
					</Link>
				</p>
			) : null}
		</Notice>
	)
}

/** Said again where the coordinator decides, so no approval publishes the organisation unawares. */
function AlsoPublishes({ organization, className }: { organization: NewOrganizationReview; className: string }) {
	const { t } = useT()
	return (
		<p className={`font-medium text-slate-900 ${className}`}>
			{t('review.newOrganization.publishesToo', { name: organization.name })}
		</p>
	)
}

/** The new organisation's proposed fields, published as they are when this listing is approved. */
function NewOrganizationFields({ organization }: { organization: NewOrganizationReview }) {
	const { t } = useT()
	return (
		<Section id="new-organization-heading" heading={t('review.newOrganization.heading', { name: organization.name })}>
			<div className="mt-4">
				<RevisionDiffTable
					diff={organization.diff}
					isNew
					organizationNames={{}}
					translationLocale={organization.translationLocale}
				/>
			</div>
		</Section>
	)
}

export default function ReviewPage() {
	const detail = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t, formatDate, term } = useT()
	const { revision, listing } = detail
	const pending = revision.status === 'pending'
	const organization =
		listing.organizationRef !== null
			? {
					ref: listing.organizationRef,
					name: detail.organizationNames[listing.organizationRef] ?? listing.organizationRef,
				}
			: null
	const editing = actionData?.intent === 'approve-edited'
	const result = actionData && 'result' in actionData ? actionData.result : undefined
	// Rule errors (decided meanwhile, organisation gone) concern the decision, not one field of a form.
	const ruleMessages = allMessages(result?.error).filter((message) => message.startsWith('rule:'))
	const { newOrganization } = detail
	// A listing whose new organisation was sent back can only be sent back itself.
	const approvable = newOrganization?.state !== 'sent-back'
	return (
		<>
			<CoordinatorHeader
				section={{ label: t('reviews.title'), to: '/coordinator/reviews' }}
				title={t('review.title', { name: listing.name })}
				crumb={t('review.crumb')}
				eyebrow={<p className="eyebrow mb-2">{term('listingTypes', listing.type)}</p>}
			>
				<div className="mt-3 flex flex-wrap items-center gap-2">
					<RevisionStatusBadge status={revision.status} />
					{/* A new listing's own status only repeats "waiting for review". */}
					{listing.status !== 'pending_review' ? <ListingStatusBadge status={listing.status} /> : null}
				</div>
				<p className="mt-3 text-slate-700">
					{revision.authorName
						? t('review.submittedBy', { name: revision.authorName, date: formatDate(revision.submittedAt) })
						: t('review.submittedByErased', { date: formatDate(revision.submittedAt) })}{' '}
					{t(detail.isNew ? 'review.isNew' : 'review.isChange')}
				</p>
				<p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
					<Link to={`/coordinator/listings/${listing.id}`} className="link">
						{t('review.curate')}
					</Link>
					{listing.publicPath ? (
						<Link to={listing.publicPath} className="link">
							{t('curation.publicPage')}
						</Link>
					) : null}
				</p>
			</CoordinatorHeader>
			<div className="container-page space-y-10 py-8 sm:py-10">
				{newOrganization && pending ? <NewOrganizationNotice organization={newOrganization} /> : null}
				<DuplicateHints listingId={listing.id} hints={detail.duplicates} canMerge={detail.canMerge} />
				<Section id="diff-heading" heading={t('review.diffHeading')}>
					<div className="mt-4">
						<RevisionDiffTable
							diff={detail.diff}
							isNew={detail.isNew}
							organizationNames={detail.organizationNames}
							translationLocale={detail.translationLocale}
						/>
					</div>
				</Section>
				{newOrganization?.state === 'pending' && pending ? (
					<NewOrganizationFields organization={newOrganization} />
				) : null}

				<Section id="decision-heading" heading={t('review.decisionHeading')} className="space-y-6">
					{!pending ? (
						<Notice tone="info">
							{revision.decidedAt ? t('review.decided', { date: formatDate(revision.decidedAt) }) : null}
							{revision.reviewComment ? (
								<span className="mt-1 block whitespace-pre-line">{revision.reviewComment}</span>
							) : null}
						</Notice>
					) : (
						<>
							<FormErrors messages={ruleMessages} />
							<div className="grid items-start gap-6 lg:grid-cols-2">
								{approvable ? (
									<div className="card space-y-3 p-5">
										<h3 className="font-semibold text-slate-900">{t('review.approveHeading')}</h3>
										<p className="text-sm text-slate-700">{t('review.approveIntro')}</p>
										{newOrganization ? <AlsoPublishes organization={newOrganization} className="text-sm" /> : null}
										<ActionButton intent="approve">{t('review.approve')}</ActionButton>
									</div>
								) : null}
								<div className="card space-y-3 p-5">
									<h3 className="font-semibold text-slate-900">{t('review.rejectHeading')}</h3>
									<RejectForm lastResult={replyFor(actionData, 'reject')} />
									<SpamRejection
										confirming={
											actionData?.intent === 'spam' && 'confirming' in actionData ? actionData.confirming : undefined
										}
									/>
								</div>
							</div>
							{approvable ? (
								<details className="card p-5" open={editing || undefined}>
									<summary className="cursor-pointer text-lg font-semibold text-slate-900">
										{t('review.approveWithEdits')}
									</summary>
									<p className="mt-2 max-w-3xl text-slate-700">{t('review.approveWithEditsIntro')}</p>
									{newOrganization ? <AlsoPublishes organization={newOrganization} className="mt-2 max-w-3xl" /> : null}
									<div className="mt-6">
										<ListingForm
											id="approve-edited"
											type={listing.type}
											defaultValue={detail.proposedValues}
											translationLocale={detail.translationLocale}
											lastResult={editing && ruleMessages.length === 0 ? result : undefined}
											organization={organization}
											affiliations={organization ? [organization] : []}
											intent="approve-edited"
											submitLabel={t('review.publishEdited')}
										/>
									</div>
								</details>
							) : null}
						</>
					)}
				</Section>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
