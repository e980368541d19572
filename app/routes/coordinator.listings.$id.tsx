import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { ActionPanel, MergePanel, Panel, VerificationPanel } from '~/components/curation/listing-panels.tsx'
import { ListingStatusBadge, VisibilityBadge } from '~/components/curation/status-badge.tsx'
import {
	allMessages,
	confirmingFor,
	FormErrors,
	formLevelErrors,
	Notice,
	replyFor,
	useDone,
} from '~/components/forms/index.ts'
import { confirmFirst, formIntent, handleIntents, noFields } from '~/components/forms/form-action.server.ts'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { type Actor, can, type Permission } from '~/domain/auth/permissions.ts'
import { auditLogHref } from '~/domain/audit/audit-sentence.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { archiveListing } from '~/domain/curation/archive-listing.server.ts'
import { curationListing, searchListingsForCuration } from '~/domain/curation/curation-listing.server.ts'
import { mergeTargetSchema, verificationEvidenceSchema } from '~/domain/curation/curation-forms.ts'
import { featureListing } from '~/domain/curation/feature-listing.server.ts'
import { mergeListings } from '~/domain/curation/merge-listings.server.ts'
import { previewMerge } from '~/domain/curation/preview-merge.server.ts'
import { restoreListing } from '~/domain/curation/restore-listing.server.ts'
import { revokeVerification } from '~/domain/curation/revoke-verification.server.ts'
import { verifyListing } from '~/domain/curation/verify-listing.server.ts'
import { setExpertVisibility } from '~/domain/listings/set-expert-visibility.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { queryText, requireFound, requireParam } from '~/http/params.server.ts'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'
import { needTexts } from '~/i18n/messages.ts'

// What listings and the search say is a part of the texts of its own (text-parts.ts).
await needTexts('directory')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const viewer = await requirePermission(request, 'listing.verify')
	const listing = requireFound(await curationListing(requireParam(params, 'id', 'id')))
	const mergeQuery = queryText(new URL(request.url), 'mergeQuery', { maxLength: 200 }) ?? ''
	const candidates = mergeQuery
		? (
				await searchListingsForCuration({
					query: mergeQuery,
					type: listing.type,
					excludeId: listing.id,
					mergeTargetsOnly: true,
					pageSize: 10,
				})
			).items
		: null
	const historyHref = can(viewer, 'audit.read') ? auditLogHref({ entityType: 'listing', entityId: listing.id }) : null
	return { listing, mergeQuery, candidates, historyHref }
}

const doneMessages = {
	verified: 'curation.done.verified',
	revoked: 'curation.done.revoked',
	featured: 'curation.done.featured',
	unfeatured: 'curation.done.unfeatured',
	archived: 'curation.done.archived',
	restored: 'curation.done.restored',
	merged: 'curation.done.merged',
	visibility: 'curation.done.visibility',
} as const

/**
 * What each curation intent needs: its own permission (the matrix test walks
 * them all), the fields it reads, and the use case, which says where the page
 * goes next (`done` and, after a merge, the surviving listing).
 */
function curationIntents(request: Request, formData: FormData, listingId: string) {
	const intent =
		<Value, About extends object = never>(
			permission: Permission,
			schema: z.ZodType<Value, z.ZodTypeDef, unknown>,
			run: (actor: Actor, value: Value) => Promise<{ done: keyof typeof doneMessages; listingId?: string }>,
			// A step that cannot be undone asks first, saying what `ask` found.
			ask?: (actor: Actor, value: Value) => Promise<About>,
		) =>
		async () => {
			const actor = await requirePermission(request, permission)
			const go = async (value: Value) => {
				const { done, listingId: next = listingId } = await run(actor, value)
				return `/coordinator/listings/${next}?done=${done}`
			}
			return formIntent(schema, ask ? confirmFirst(formData, go, (value) => ask(actor, value)) : go)
		}
	return {
		verify: intent('listing.verify', verificationEvidenceSchema, async (actor, evidence) => {
			await verifyListing({ actor, listingId, evidence })
			return { done: 'verified' }
		}),
		revoke: intent(
			'listing.verify',
			z.object({ verificationId: z.string().uuid() }),
			async (actor, { verificationId }) => {
				await revokeVerification({ actor, verificationId, listingId })
				return { done: 'revoked' }
			},
			noQuestion,
		),
		feature: intent('listing.feature', noFields, async (actor) => {
			await featureListing({ actor, listingId, featured: true })
			return { done: 'featured' }
		}),
		unfeature: intent('listing.feature', noFields, async (actor) => {
			await featureListing({ actor, listingId, featured: false })
			return { done: 'unfeatured' }
		}),
		archive: intent(
			'listing.archive',
			noFields,
			async (actor) => {
				await archiveListing({ actor, listingId })
				return { done: 'archived' }
			},
			noQuestion,
		),
		restore: intent('listing.archive', noFields, async (actor) => {
			await restoreListing({ actor, listingId })
			return { done: 'restored' }
		}),
		merge: intent(
			'listing.merge',
			mergeTargetSchema,
			async (actor, { survivorRef }) => {
				const merged = await mergeListings({ actor, duplicateId: listingId, survivor: { ref: survivorRef } })
				return { done: 'merged', listingId: merged.survivorId }
			},
			(actor, { survivorRef }) => previewMerge({ actor, duplicateId: listingId, survivor: { ref: survivorRef } }),
		),
		// Taking a profile off public view is moderation, like archiving; only its owner may make it public.
		'hide-expert': intent('listing.archive', noFields, async (actor) => {
			await setExpertVisibility({ actor, listingId, visibility: 'members' })
			return { done: 'visibility' }
		}),
	}
}

// Steps whose question needs nothing the page does not already show.
const noQuestion = async () => ({})

export async function action({ request, params }: ActionFunctionArgs) {
	const listingId = requireParam(params, 'id', 'id')
	const formData = await request.formData()
	return handleIntents(formData, curationIntents(request, formData, listingId))
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) =>
	documentMeta(matches, (i18n) => ({
		title: loaderData ? i18n.t('curation.title', { name: loaderData.listing.name }) : i18n.t('error.notFound.title'),
	}))

export default function CurationListingPage() {
	const { listing, mergeQuery, candidates, historyHref } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t, term } = useT()
	const doneKey = useDone(doneMessages)
	const result = actionData && 'result' in actionData ? actionData.result : undefined
	const buttonIntent = actionData && actionData.intent !== 'verify' && actionData.intent !== 'merge'
	const messages = buttonIntent ? formLevelErrors(result?.error ?? {}) : []
	const mergeErrors = actionData?.intent === 'merge' ? allMessages(result?.error) : []
	const active = !listing.mergedInto
	const archiving = confirmingFor(actionData, 'archive')
	return (
		<>
			<CoordinatorHeader
				section={{ label: t('curation.listings.title'), to: '/coordinator/listings' }}
				title={t('curation.title', { name: listing.name })}
				crumb={listing.name}
				eyebrow={<p className="eyebrow mb-2">{term('listingTypes', listing.type)}</p>}
			>
				<div className="mt-3 flex flex-wrap items-center gap-2">
					<ListingStatusBadge status={listing.status} />
					{listing.type === 'expert' ? <VisibilityBadge visibility={listing.visibility} /> : null}
				</div>
				<dl className="mt-4 grid gap-x-8 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
					<dt className="text-slate-600">{t('curation.ref')}</dt>
					<dd className="font-mono text-slate-900">{listing.ref}</dd>
					{listing.organization ? (
						<>
							<dt className="text-slate-600">{t('curation.organization')}</dt>
							<dd>
								<Link to={`/coordinator/listings/${listing.organization.id}`} className="link">
									{listing.organization.name}
								</Link>
							</dd>
						</>
					) : null}
					{listing.type === 'organization' ? (
						<>
							<dt className="text-slate-600">{t('curation.children')}</dt>
							<dd className="text-slate-900">{listing.childCount}</dd>
						</>
					) : null}
				</dl>
				<p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
					{listing.publicPath ? (
						<Link to={listing.publicPath} className="link">
							{t('curation.publicPage')}
						</Link>
					) : null}
					{listing.type === 'facility' ? (
						<Link to={`/my-listings/${listing.id}/capacity`} className="link">
							{t('capacityEditor.link')}
						</Link>
					) : null}
					{listing.pendingRevisionId ? (
						<Link to={`/coordinator/reviews/${listing.pendingRevisionId}`} className="link">
							{t('curation.openReview')}
						</Link>
					) : null}
					{historyHref ? (
						<Link to={historyHref} className="link">
							{t('audit.historyLink')}
						</Link>
					) : null}
				</p>
			</CoordinatorHeader>
			<div className="container-page py-8 sm:py-10">
				<div className="max-w-4xl space-y-6">
					{doneKey ? <Notice tone="success">{t(doneKey)}</Notice> : null}
					<FormErrors messages={messages} />
					{listing.pendingRevisionId ? <Notice tone="info">{t('curation.pendingRevision')}</Notice> : null}
					{listing.mergedInto ? (
						<Notice tone="warning">
							{t('curation.mergedInto')}{' '}
							<Link to={`/coordinator/listings/${listing.mergedInto.id}`} className="link">
								{listing.mergedInto.name}
							</Link>
						</Notice>
					) : null}
					{listing.mergedFrom.length ? (
						<Panel id="merged-from" heading={t('curation.mergedFrom')}>
							<ul className="list-disc space-y-1 pl-5">
								{listing.mergedFrom.map((duplicate) => (
									<li key={duplicate.id}>
										<Link to={`/coordinator/listings/${duplicate.id}`} className="link">
											{duplicate.name}
										</Link>{' '}
										<span className="font-mono text-sm text-slate-600">{duplicate.ref}</span>
									</li>
								))}
							</ul>
						</Panel>
					) : null}

					<VerificationPanel
						verifications={listing.verifications}
						active={active}
						lastResult={replyFor(actionData, 'verify')}
						confirmingRevoke={confirmingFor(actionData, 'revoke')}
					/>

					{active ? (
						<ActionPanel
							id="featured"
							heading={t('curation.feature.heading')}
							intro={t(listing.featured ? 'curation.feature.isFeatured' : 'curation.feature.notFeatured')}
							button={
								listing.featured
									? { intent: 'unfeature', label: t('curation.feature.off') }
									: listing.status === 'published'
										? { intent: 'feature', label: t('curation.feature.on') }
										: null
							}
						/>
					) : null}

					{active && listing.type === 'expert' && listing.visibility === 'public' ? (
						<ActionPanel
							id="expert-visibility"
							heading={t('curation.expert.heading')}
							button={{ intent: 'hide-expert', label: t('curation.expert.hide') }}
						/>
					) : null}

					{active ? (
						<MergePanel
							duplicate={listing}
							query={mergeQuery}
							candidates={candidates}
							errors={mergeErrors}
							question={actionData?.intent === 'merge' && 'survivor' in actionData ? actionData : undefined}
						/>
					) : null}

					{active ? (
						<ActionPanel
							id="archive"
							heading={t('curation.archive.heading')}
							intro={t('curation.archive.intro')}
							button={
								listing.status === 'archived'
									? { intent: 'restore', label: t('curation.archive.restore') }
									: { intent: 'archive', label: t('curation.archive.submit'), tone: 'danger' }
							}
							question={
								archiving
									? {
											heading: t('curation.archive.confirmHeading', { name: listing.name }),
											confirm: t('curation.archive.confirmYes'),
											fields: archiving,
											what: (
												<>
													<p>{t('curation.archive.confirmWhat')}</p>
													{listing.pendingRevisionId ? <p>{t('curation.archive.confirmPending')}</p> : null}
												</>
											),
										}
									: undefined
							}
						/>
					) : null}
				</div>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
