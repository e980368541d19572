import { getFormProps, type SubmissionResult, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import type { ReactNode } from 'react'
import { z } from 'zod'
import { Badge, ListingStatusBadge, VisibilityBadge } from '~/components/curation/status-badge.tsx'
import {
	ActionButton,
	buttonClass,
	type ButtonTone,
	Field,
	FormErrors,
	formLevelErrors,
	Notice,
	SelectField,
	SubmitButton,
} from '~/components/forms/index.ts'
import { badRequest, handleForm } from '~/components/forms/form-action.server.ts'
import { PageHeader } from '~/components/page-header.tsx'
import type { Actor, Permission } from '~/domain/auth/permissions.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { archiveListing } from '~/domain/curation/archive-listing.server.ts'
import { curationListing, searchListingsForCuration } from '~/domain/curation/curation-listing.server.ts'
import { mergeTargetSchema, verificationEvidenceSchema } from '~/domain/curation/curation-forms.ts'
import { featureListing } from '~/domain/curation/feature-listing.server.ts'
import { mergeListings } from '~/domain/curation/merge-listings.server.ts'
import { restoreListing } from '~/domain/curation/restore-listing.server.ts'
import { revokeVerification } from '~/domain/curation/revoke-verification.server.ts'
import { verifyListing } from '~/domain/curation/verify-listing.server.ts'
import { setExpertVisibility } from '~/domain/listings/set-expert-visibility.server.ts'
import { taxonomy } from '~/taxonomy/taxonomy.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { notFound, queryText, requireParam } from '~/http/params.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
	await requirePermission(request, 'listing.verify')
	const listing = await curationListing(requireParam(params, 'id', 'id'))
	if (!listing) throw notFound()
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
	return { listing, mergeQuery, candidates }
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

interface Ctx {
	actor: Actor
	listingId: string
}

/**
 * What each curation intent needs: its own permission (the matrix test walks
 * them all), the fields it reads, and the use case, which says where the page
 * goes next (`done` and, after a merge, the surviving listing).
 */
function intent<Value>(
	permission: Permission,
	schema: z.ZodType<Value, z.ZodTypeDef, unknown>,
	run: (ctx: Ctx, value: Value) => Promise<{ done: keyof typeof doneMessages; listingId?: string }>,
) {
	return {
		permission,
		handle: (formData: FormData, ctx: Ctx, echo: { intent: string }) =>
			handleForm(
				formData,
				schema,
				async (value) => {
					const { done, listingId = ctx.listingId } = await run(ctx, value)
					return `/coordinator/listings/${listingId}?done=${done}`
				},
				{ echo },
			),
	}
}

/** The buttons that act on the listing itself carry nothing but their intent. */
const noFields = z.object({})

const curationIntents = {
	verify: intent('listing.verify', verificationEvidenceSchema, async ({ actor, listingId }, evidence) => {
		await verifyListing({ actor, listingId, evidence })
		return { done: 'verified' }
	}),
	revoke: intent(
		'listing.verify',
		z.object({ verificationId: z.string().uuid() }),
		async ({ actor, listingId }, { verificationId }) => {
			await revokeVerification({ actor, verificationId, listingId })
			return { done: 'revoked' }
		},
	),
	feature: intent('listing.feature', noFields, async ({ actor, listingId }) => {
		await featureListing({ actor, listingId, featured: true })
		return { done: 'featured' }
	}),
	unfeature: intent('listing.feature', noFields, async ({ actor, listingId }) => {
		await featureListing({ actor, listingId, featured: false })
		return { done: 'unfeatured' }
	}),
	archive: intent('listing.archive', noFields, async ({ actor, listingId }) => {
		await archiveListing({ actor, listingId })
		return { done: 'archived' }
	}),
	restore: intent('listing.archive', noFields, async ({ actor, listingId }) => {
		await restoreListing({ actor, listingId })
		return { done: 'restored' }
	}),
	merge: intent('listing.merge', mergeTargetSchema, async ({ actor, listingId }, { survivorRef }) => {
		const merged = await mergeListings({ actor, duplicateId: listingId, survivor: { ref: survivorRef } })
		return { done: 'merged', listingId: merged.survivorId }
	}),
	// Taking a profile off public view is moderation, like archiving; only its owner may make it public.
	'hide-expert': intent('listing.archive', noFields, async ({ actor, listingId }) => {
		await setExpertVisibility({ actor, listingId, visibility: 'members' })
		return { done: 'visibility' }
	}),
}

type Intent = keyof typeof curationIntents
const intentSchema = z.enum(Object.keys(curationIntents) as [Intent, ...Intent[]])

export async function action({ request, params }: ActionFunctionArgs) {
	const listingId = requireParam(params, 'id', 'id')
	const formData = await request.formData()
	const parsed = intentSchema.safeParse(formData.get('intent'))
	if (!parsed.success) throw badRequest()
	const { permission, handle } = curationIntents[parsed.data]
	const actor = await requirePermission(request, permission)
	return handle(formData, { actor, listingId }, { intent: parsed.data })
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) =>
	documentMeta(matches, (i18n) => ({
		title: loaderData ? i18n.t('curation.title', { name: loaderData.listing.name }) : i18n.t('error.notFound.title'),
	}))

function Panel({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
	return (
		<section aria-labelledby={id} className="card space-y-4 p-5 sm:p-6">
			<h2 id={id} className="text-lg font-semibold text-slate-900">
				{heading}
			</h2>
			{children}
		</section>
	)
}

/** A panel whose only form is one button acting on the listing (feature, hide, archive), or none when nothing applies. */
function ActionPanel({
	id,
	heading,
	intro,
	button,
}: {
	id: string
	heading: string
	intro?: string
	button: { intent: Intent; label: string; tone?: ButtonTone } | null
}) {
	return (
		<Panel id={id} heading={heading}>
			{intro ? <p className="text-slate-700">{intro}</p> : null}
			{button ? (
				<ActionButton intent={button.intent} tone={button.tone ?? 'secondary'}>
					{button.label}
				</ActionButton>
			) : null}
		</Panel>
	)
}

function VerifyForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
	const { t, locale } = useT()
	const [form, fields] = useForm({
		id: 'verify',
		lastResult,
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: verificationEvidenceSchema }),
	})
	const licences = [
		{ value: '', label: t('curation.verify.general') },
		...taxonomy.licences.map((term) => ({ value: term.code, label: term[locale] })),
	]
	return (
		<Form method="post" {...getFormProps(form)} noValidate className="grid gap-4 sm:grid-cols-2">
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
			<div className="sm:col-span-2">
				<SubmitButton name="intent" value="verify">
					{t('curation.verify.submit')}
				</SubmitButton>
			</div>
		</Form>
	)
}

export default function CurationListingPage() {
	const { listing, mergeQuery, candidates } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [searchParams] = useSearchParams()
	const { t, term, formatDate } = useT()
	const done = searchParams.get('done')
	const doneKey = done && done in doneMessages ? doneMessages[done as keyof typeof doneMessages] : null
	const result = actionData && 'result' in actionData ? actionData.result : undefined
	const buttonIntent = actionData && actionData.intent !== 'verify' && actionData.intent !== 'merge'
	const messages = buttonIntent ? formLevelErrors(result?.error ?? {}) : []
	const mergeErrors =
		actionData?.intent === 'merge'
			? Object.values(result?.error ?? {})
					.flat()
					.filter((message): message is string => typeof message === 'string')
			: []
	const active = !listing.mergedInto
	return (
		<>
			<PageHeader
				trail={[
					{ label: t('coordinator.title'), to: '/coordinator' },
					{ label: t('curation.listings.title'), to: '/coordinator/listings' },
				]}
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
					{listing.pendingRevisionId ? (
						<Link to={`/coordinator/reviews/${listing.pendingRevisionId}`} className="link">
							{t('curation.openReview')}
						</Link>
					) : null}
				</p>
			</PageHeader>
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

					<Panel id="verification" heading={t('curation.verify.heading')}>
						{listing.verifications.length === 0 ? (
							<p className="text-slate-700">{t('curation.verify.none')}</p>
						) : (
							<ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
								{listing.verifications.map((verification) => (
									<li key={verification.id} className="flex flex-wrap items-start justify-between gap-3 p-3">
										<div className="min-w-0 text-sm">
											<p className="font-semibold text-slate-900">
												{verification.licenceCode
													? term('licences', verification.licenceCode)
													: t('curation.verify.general')}
											</p>
											<p className="break-words text-slate-800">{verification.reference}</p>
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
											</p>
										</div>
										<div className="flex items-center gap-2">
											<Badge tone={verification.state === 'active' ? 'emerald' : 'slate'}>
												{t(`curation.verify.state.${verification.state}`)}
											</Badge>
											{verification.state === 'active' ? (
												<ActionButton
													intent="revoke"
													fields={{ verificationId: verification.id }}
													tone="secondary"
													size="sm"
												>
													{t('curation.verify.revoke')}
													<span className="sr-only">: {verification.reference}</span>
												</ActionButton>
											) : null}
										</div>
									</li>
								))}
							</ul>
						)}
						{active ? (
							<>
								<p className="text-slate-700">{t('curation.verify.intro')}</p>
								<VerifyForm
									// A recorded verification starts the form afresh: the next one is a different piece of evidence.
									key={listing.verifications.length}
									lastResult={actionData?.intent === 'verify' ? result : undefined}
								/>
							</>
						) : null}
					</Panel>

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
						<Panel id="merge" heading={t('curation.merge.heading')}>
							<p className="text-slate-700">{t('curation.merge.intro')}</p>
							<FormErrors messages={mergeErrors} />
							<Form method="get" className="flex flex-wrap items-end gap-3">
								<Field
									className="min-w-0 flex-1"
									type="search"
									label={t('curation.merge.query')}
									inputProps={{ id: 'merge-query', name: 'mergeQuery', defaultValue: mergeQuery }}
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
													<p className="font-semibold break-words text-slate-900">{candidate.name}</p>
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
						/>
					) : null}
				</div>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
