import { getFormProps, type SubmissionResult, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import type { ReactNode } from 'react'
import { z } from 'zod'
import { CoordinatorNav } from '~/components/curation/coordinator-nav.tsx'
import { ListingStatusBadge, VisibilityBadge } from '~/components/curation/status-badge.tsx'
import {
	buttonDangerClass,
	buttonSecondaryClass,
	buttonSmallClass,
	FieldMessages,
	hintClass,
	inputClass,
	labelClass,
	Notice,
	RequiredMark,
} from '~/components/form-controls.tsx'
import { domainErrorMessages, domainErrorReply } from '~/components/listing-form/domain-error-reply.ts'
import { localizeFormError } from '~/components/listing-form/form-errors.ts'
import { PageHeader } from '~/components/page-header.tsx'
import type { Permission } from '~/domain/auth/permissions.ts'
import { requirePermission } from '~/domain/auth/viewer.server.ts'
import { archiveListing } from '~/domain/curation/archive-listing.server.ts'
import { curationListing, searchListingsForCuration } from '~/domain/curation/curation-listing.server.ts'
import { mergeTargetSchema, verificationEvidenceSchema } from '~/domain/curation/curation-forms.ts'
import { featureListing } from '~/domain/curation/feature-listing.server.ts'
import { mergeListings } from '~/domain/curation/merge-listings.server.ts'
import { restoreListing } from '~/domain/curation/restore-listing.server.ts'
import { revokeVerification } from '~/domain/curation/revoke-verification.server.ts'
import { verifyListing } from '~/domain/curation/verify-listing.server.ts'
import { setExpertVisibility } from '~/domain/listings/set-expert-visibility.server.ts'
import { taxonomy } from '~/domain/taxonomy/taxonomy.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { queryText, requireParam } from '~/utils/params.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
	await requirePermission(request, 'listing.verify')
	const listing = await curationListing(requireParam(params, 'id', 'id'))
	if (!listing) throw new Response('Not found', { status: 404 })
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

const intents = ['verify', 'revoke', 'feature', 'unfeature', 'archive', 'restore', 'merge', 'hide-expert'] as const
type Intent = (typeof intents)[number]

/** Each curation action needs its own permission (the matrix test walks them all). */
const permissionOf: Record<Intent, Permission> = {
	verify: 'listing.verify',
	revoke: 'listing.verify',
	feature: 'listing.feature',
	unfeature: 'listing.feature',
	archive: 'listing.archive',
	restore: 'listing.archive',
	merge: 'listing.merge',
	// Taking a profile off public view is moderation, like archiving; only its owner may make it public.
	'hide-expert': 'listing.archive',
}

const revokeSchema = z.object({ verificationId: z.string().uuid() })

export async function action({ request, params }: ActionFunctionArgs) {
	const listingId = requireParam(params, 'id', 'id')
	const formData = await request.formData()
	const intent = z.enum(intents).safeParse(formData.get('intent'))
	if (!intent.success) throw new Response('Bad request', { status: 400 })
	const actor = await requirePermission(request, permissionOf[intent.data])
	const done = (what: string, id = listingId) => redirect(`/coordinator/listings/${id}?done=${what}`)

	if (intent.data === 'verify') {
		const submission = parseWithZod(formData, { schema: verificationEvidenceSchema })
		if (submission.status !== 'success')
			return data({ intent: intent.data, result: submission.reply() }, { status: 400 })
		try {
			await verifyListing({ actor, listingId, evidence: submission.value })
			return done('verified')
		} catch (error) {
			return data({ intent: intent.data, result: domainErrorReply(submission, error) }, { status: 400 })
		}
	}
	if (intent.data === 'merge') {
		const submission = parseWithZod(formData, { schema: mergeTargetSchema })
		if (submission.status !== 'success')
			return data({ intent: intent.data, result: submission.reply() }, { status: 400 })
		try {
			const merged = await mergeListings({
				actor,
				duplicateId: listingId,
				survivor: { ref: submission.value.survivorRef },
			})
			return done('merged', merged.survivorId)
		} catch (error) {
			return data({ intent: intent.data, result: domainErrorReply(submission, error) }, { status: 409 })
		}
	}
	try {
		switch (intent.data) {
			case 'revoke': {
				const parsed = revokeSchema.safeParse(Object.fromEntries(formData))
				if (!parsed.success) throw new Response('Bad request', { status: 400 })
				await revokeVerification({ actor, verificationId: parsed.data.verificationId, listingId })
				return done('revoked')
			}
			case 'feature':
			case 'unfeature':
				await featureListing({ actor, listingId, featured: intent.data === 'feature' })
				return done(intent.data === 'feature' ? 'featured' : 'unfeatured')
			case 'archive':
				await archiveListing({ actor, listingId })
				return done('archived')
			case 'restore':
				await restoreListing({ actor, listingId })
				return done('restored')
			case 'hide-expert':
				await setExpertVisibility({ actor, listingId, visibility: 'members' })
				return done('visibility')
		}
	} catch (error) {
		if (error instanceof Response) throw error
		return data({ intent: intent.data, messages: domainErrorMessages(error) }, { status: 409 })
	}
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) =>
	documentMeta(matches, (i18n) => ({
		title: loaderData ? i18n.t('curation.title', { name: loaderData.listing.name }) : i18n.t('error.notFound.title'),
	}))

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

function VerifyForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
	const i18n = useT()
	const { t, locale } = i18n
	const [form, fields] = useForm({
		id: 'verify',
		lastResult,
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: verificationEvidenceSchema }),
	})
	const control = (name: 'licenceCode' | 'reference' | 'expiresAt', hint?: string) => {
		const field = fields[name]
		const messages = (field.errors ?? []).map((message) => localizeFormError(message, i18n))
		const hintId = `${field.id}-hint`
		return {
			field,
			messages,
			hintId,
			props: {
				id: field.id,
				name: field.name,
				key: field.key,
				defaultValue: typeof field.initialValue === 'string' ? field.initialValue : '',
				'aria-invalid': messages.length ? true : undefined,
				'aria-describedby':
					[hint ? hintId : null, messages.length ? field.errorId : null].filter(Boolean).join(' ') || undefined,
				className: `${inputClass} mt-1.5`,
			},
		}
	}
	const licence = control('licenceCode')
	const reference = control('reference', t('curation.verify.referenceHint'))
	const expiry = control('expiresAt', t('curation.verify.expiresAtHint'))
	return (
		<Form method="post" {...getFormProps(form)} noValidate className="grid gap-4 sm:grid-cols-2">
			<div className="sm:col-span-2">
				<label htmlFor={licence.field.id} className={labelClass}>
					{t('curation.verify.licence')}
				</label>
				<select {...licence.props}>
					<option value="">{t('curation.verify.general')}</option>
					{taxonomy.licences.map((term) => (
						<option key={term.code} value={term.code}>
							{term[locale]}
						</option>
					))}
				</select>
				<FieldMessages id={licence.field.errorId} messages={licence.messages} />
			</div>
			<div>
				<label htmlFor={reference.field.id} className={labelClass}>
					{t('curation.verify.reference')}
					<RequiredMark />
				</label>
				<input type="text" aria-required {...reference.props} />
				<p id={reference.hintId} className={hintClass}>
					{t('curation.verify.referenceHint')}
				</p>
				<FieldMessages id={reference.field.errorId} messages={reference.messages} />
			</div>
			<div>
				<label htmlFor={expiry.field.id} className={labelClass}>
					{t('curation.verify.expiresAt')}
				</label>
				<input type="date" {...expiry.props} />
				<p id={expiry.hintId} className={hintClass}>
					{t('curation.verify.expiresAtHint')}
				</p>
				<FieldMessages id={expiry.field.errorId} messages={expiry.messages} />
			</div>
			<div className="sm:col-span-2">
				<button type="submit" name="intent" value="verify" className="button-primary">
					{t('curation.verify.submit')}
				</button>
			</div>
		</Form>
	)
}

function IntentButton({ intent, className, children }: { intent: Intent; className: string; children: ReactNode }) {
	return (
		<Form method="post">
			<button type="submit" name="intent" value={intent} className={className}>
				{children}
			</button>
		</Form>
	)
}

export default function CurationListingPage() {
	const { listing, mergeQuery, candidates } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [searchParams] = useSearchParams()
	const i18n = useT()
	const { t, term, formatDate } = i18n
	const done = searchParams.get('done')
	const doneKey = done && done in doneMessages ? doneMessages[done as keyof typeof doneMessages] : null
	const result = actionData && 'result' in actionData ? actionData.result : undefined
	const messages = actionData && 'messages' in actionData ? actionData.messages : []
	const mergeErrors =
		actionData?.intent === 'merge'
			? Object.values(result?.error ?? {})
					.flat()
					.filter((message): message is string => typeof message === 'string')
					.map((message) => localizeFormError(message, i18n))
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
			<CoordinatorNav />
			<div className="container-page py-8 sm:py-10">
				<div className="max-w-4xl space-y-6">
					{doneKey ? (
						<Notice tone="success" role="status">
							{t(doneKey)}
						</Notice>
					) : null}
					{messages.length ? (
						<Notice tone="error" role="alert">
							{messages.map((message) => (
								<p key={message}>{localizeFormError(message, i18n)}</p>
							))}
						</Notice>
					) : null}
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
											<span
												className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${
													verification.state === 'active'
														? 'bg-emerald-50 text-emerald-800 ring-emerald-200'
														: 'bg-slate-100 text-slate-700 ring-slate-300'
												}`}
											>
												{t(`curation.verify.state.${verification.state}`)}
											</span>
											{verification.state === 'active' ? (
												<Form method="post">
													<input type="hidden" name="verificationId" value={verification.id} />
													<button type="submit" name="intent" value="revoke" className={buttonSmallClass}>
														{t('curation.verify.revoke')}
														<span className="sr-only">: {verification.reference}</span>
													</button>
												</Form>
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
						<Panel id="featured" heading={t('curation.feature.heading')}>
							<p className="text-slate-700">
								{t(listing.featured ? 'curation.feature.isFeatured' : 'curation.feature.notFeatured')}
							</p>
							{listing.featured ? (
								<IntentButton intent="unfeature" className={buttonSecondaryClass}>
									{t('curation.feature.off')}
								</IntentButton>
							) : listing.status === 'published' ? (
								<IntentButton intent="feature" className={buttonSecondaryClass}>
									{t('curation.feature.on')}
								</IntentButton>
							) : null}
						</Panel>
					) : null}

					{active && listing.type === 'expert' && listing.visibility === 'public' ? (
						<Panel id="expert-visibility" heading={t('curation.expert.heading')}>
							<IntentButton intent="hide-expert" className={buttonSecondaryClass}>
								{t('curation.expert.hide')}
							</IntentButton>
						</Panel>
					) : null}

					{active ? (
						<Panel id="merge" heading={t('curation.merge.heading')}>
							<p className="text-slate-700">{t('curation.merge.intro')}</p>
							{mergeErrors.length ? (
								<Notice tone="error" role="alert">
									{mergeErrors.map((message) => (
										<p key={message}>{message}</p>
									))}
								</Notice>
							) : null}
							<Form method="get" className="flex flex-wrap items-end gap-3">
								<div className="min-w-0 flex-1">
									<label htmlFor="merge-query" className={labelClass}>
										{t('curation.merge.query')}
									</label>
									<input
										id="merge-query"
										name="mergeQuery"
										type="search"
										defaultValue={mergeQuery}
										className={`${inputClass} mt-1.5`}
									/>
								</div>
								<button type="submit" className={buttonSecondaryClass}>
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
												<Form method="post">
													<input type="hidden" name="survivorRef" value={candidate.ref} />
													<button type="submit" name="intent" value="merge" className={buttonDangerClass}>
														{t('curation.merge.into', { name: candidate.name })}
													</button>
												</Form>
											</li>
										))}
									</ul>
								)
							) : null}
							<Form method="post" className="flex flex-wrap items-end gap-3">
								<div className="min-w-0 flex-1">
									<label htmlFor="merge-ref" className={labelClass}>
										{t('curation.merge.byRef')}
									</label>
									<input id="merge-ref" name="survivorRef" type="text" className={`${inputClass} mt-1.5 font-mono`} />
								</div>
								<button type="submit" name="intent" value="merge" className={buttonDangerClass}>
									{t('curation.merge.submit')}
								</button>
							</Form>
						</Panel>
					) : null}

					{active ? (
						<Panel id="archive" heading={t('curation.archive.heading')}>
							<p className="text-slate-700">{t('curation.archive.intro')}</p>
							{listing.status === 'archived' ? (
								<IntentButton intent="restore" className={buttonSecondaryClass}>
									{t('curation.archive.restore')}
								</IntentButton>
							) : (
								<IntentButton intent="archive" className={buttonDangerClass}>
									{t('curation.archive.submit')}
								</IntentButton>
							)}
						</Panel>
					) : null}
				</div>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
