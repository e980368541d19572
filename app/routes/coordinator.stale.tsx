import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { EmptyState } from '~/components/empty-state.tsx'
import {
	ActionButton,
	ConfirmPanel,
	confirmingFor,
	confirmingValue,
	FormErrors,
	formLevelErrors,
	Notice,
	useDone,
} from '~/components/forms/index.ts'
import { confirmFirst, formIntent, handleIntents } from '~/components/forms/form-action.server.ts'
import { buttonClass } from '~/components/forms/styles.ts'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { Section } from '~/components/section.tsx'
import { archiveListing } from '~/domain/curation/archive-listing.server.ts'
import { findStaleCapacity } from '~/domain/stale/find-stale-capacity.server.ts'
import { findStaleListings } from '~/domain/stale/find-stale-listings.server.ts'
import { nudgeAgain } from '~/domain/stale/nudge-again.server.ts'
import { capacityEditorPath } from '~/domain/stale/nudge-listing.server.ts'
import { CAPACITY_WINDOWS_STALE_MONTHS } from '~/domain/stale/stale-rule.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { env } from '~/utils/env.server.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

// Stale listings (docs/decisions/044): what nobody has edited or confirmed
// for HUB_STALE_MONTHS, oldest first, with the dates that say why, and the two
// things a coordinator does about one: ask its people again, or archive it
// (after a confirmation step: archiving takes it out of the directory at
// once). Below them, facilities whose capacity windows are out of date, with
// "ask again" about the windows.

const SHOWN = 200

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'listing.verify')
	const rows = await findStaleListings({ limit: SHOWN })
	const capacityRows = await findStaleCapacity({ limit: SHOWN })
	const iso = (date: Date | null) => date?.toISOString() ?? null
	return {
		months: env().HUB_STALE_MONTHS,
		capacityMonths: CAPACITY_WINDOWS_STALE_MONTHS,
		facilities: capacityRows.map((row) => ({
			id: row.id,
			ref: row.ref,
			name: row.name,
			suites: row.suites,
			lastSeenCurrentAt: row.lastSeenCurrentAt.toISOString(),
			nudgedAt: iso(row.capacityNudgedAt),
			editPath: capacityEditorPath(row.id),
		})),
		listings: rows.map((row) => ({
			id: row.id,
			type: row.type,
			ref: row.ref,
			name: row.name,
			publishedAt: iso(row.publishedAt),
			lastEditedAt: iso(row.lastEditedAt),
			confirmedAt: iso(row.confirmedAt),
			nudgedAt: iso(row.nudgedAt),
		})),
	}
}

const doneMessages = {
	nudged: 'stale.done.nudged',
	archived: 'stale.done.archived',
	capacityNudged: 'stale.done.capacityNudged',
} as const

const listingIdSchema = z.object({ listingId: z.string().uuid() })

export async function action({ request }: ActionFunctionArgs) {
	const formData = await request.formData()
	return handleIntents(formData, {
		nudge: async () => {
			const actor = await requirePermission(request, 'listing.verify')
			return formIntent(listingIdSchema, async ({ listingId }) => {
				await nudgeAgain({ actor, listingId, baseUrl: publicBaseUrl() })
				return '/coordinator/stale?done=nudged'
			})
		},
		'nudge-capacity': async () => {
			const actor = await requirePermission(request, 'listing.verify')
			return formIntent(listingIdSchema, async ({ listingId }) => {
				await nudgeAgain({ actor, listingId, baseUrl: publicBaseUrl(), purpose: 'capacity' })
				return '/coordinator/stale?done=capacityNudged'
			})
		},
		// Archiving takes the listing out of the directory at once: the page asks first.
		archive: async () => {
			const actor = await requirePermission(request, 'listing.archive')
			return formIntent(
				listingIdSchema,
				confirmFirst(formData, async ({ listingId }) => {
					await archiveListing({ actor, listingId })
					return '/coordinator/stale?done=archived'
				}),
			)
		},
	})
}

export const meta: MetaFunction = ({ matches }) => documentMeta(matches, (i18n) => ({ title: i18n.t('stale.title') }))

export default function StaleListingsPage() {
	const { months, listings, capacityMonths, facilities } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t, term, formatDate, tCount } = useT()
	const doneKey = useDone(doneMessages)
	const messages = formLevelErrors(actionData?.result?.error ?? {})
	const archiving = confirmingFor(actionData, 'archive')
	const archivingId = confirmingValue(archiving, 'listingId')
	const date = (iso: string | null, otherwise: string) => (iso ? formatDate(iso) : otherwise)
	return (
		<>
			<CoordinatorHeader title={t('stale.title')} intro={t('stale.intro', { months })} />
			<div className="container-page py-8 sm:py-10">
				<div className="max-w-4xl space-y-6">
					{doneKey ? <Notice tone="success">{t(doneKey)}</Notice> : null}
					<FormErrors messages={messages} />
					{listings.length === 0 ? (
						<EmptyState title={t('stale.empty', { months })} />
					) : (
						<>
							<p className="text-slate-700">{tCount('stale.count', listings.length)}</p>
							<ol className="space-y-4">
								{listings.map((listing) => (
									<li key={listing.id}>
										<article aria-labelledby={`stale-${listing.id}`} className="card p-5 sm:p-6">
											<p className="eyebrow">{term('listingTypes', listing.type)}</p>
											<h2 id={`stale-${listing.id}`} className="mt-1 text-lg font-semibold text-slate-900">
												<Link
													to={`/coordinator/listings/${listing.id}`}
													className="hover:text-brand-700 hover:underline"
												>
													{listing.name}
												</Link>{' '}
												<span className="font-mono text-sm font-normal text-slate-600">{listing.ref}</span>
											</h2>
											<dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
												<div className="flex flex-wrap gap-x-2">
													<dt className="text-slate-600">{t('stale.published')}</dt>
													<dd className="text-slate-900">{date(listing.publishedAt, t('stale.never'))}</dd>
												</div>
												<div className="flex flex-wrap gap-x-2">
													<dt className="text-slate-600">{t('stale.lastEdited')}</dt>
													<dd className="text-slate-900">{date(listing.lastEditedAt, t('stale.never'))}</dd>
												</div>
												<div className="flex flex-wrap gap-x-2">
													<dt className="text-slate-600">{t('stale.confirmed')}</dt>
													<dd className="text-slate-900">{date(listing.confirmedAt, t('stale.never'))}</dd>
												</div>
												<div className="flex flex-wrap gap-x-2">
													<dt className="text-slate-600">{t('stale.nudged')}</dt>
													<dd className="text-slate-900">{date(listing.nudgedAt, t('stale.notAskedYet'))}</dd>
												</div>
											</dl>
											<div className="mt-4 flex flex-wrap gap-3">
												<ActionButton intent="nudge" fields={{ listingId: listing.id }} size="sm">
													{t('stale.nudge')}
													<span className="sr-only">: {listing.name}</span>
												</ActionButton>
												<ActionButton intent="archive" fields={{ listingId: listing.id }} size="sm" tone="dangerQuiet">
													{t('stale.archive')}
													<span className="sr-only">: {listing.name}</span>
												</ActionButton>
											</div>
											{archiving && archivingId === listing.id ? (
												<div className="mt-4">
													<ConfirmPanel
														heading={t('curation.archive.confirmHeading', { name: listing.name })}
														intent="archive"
														fields={archiving}
														confirm={t('curation.archive.confirmYes')}
														back={`stale-${listing.id}`}
													>
														<p>{t('curation.archive.confirmWhat')}</p>
													</ConfirmPanel>
												</div>
											) : null}
										</article>
									</li>
								))}
							</ol>
						</>
					)}
					<StaleCapacity months={capacityMonths} facilities={facilities} />
				</div>
			</div>
		</>
	)
}

function StaleCapacity({
	months,
	facilities,
}: {
	months: number
	facilities: ReturnType<typeof useLoaderData<typeof loader>>['facilities']
}) {
	const { t, formatDate, tCount } = useT()
	return (
		<Section id="stale-capacity" heading={t('stale.capacity.heading')} className="space-y-4 pt-6">
			<p className="max-w-prose text-slate-700">{t('stale.capacity.intro', { months })}</p>
			{facilities.length === 0 ? (
				<p className="text-slate-700">{t('stale.capacity.empty', { months })}</p>
			) : (
				<>
					<p className="text-slate-700">{tCount('stale.capacity.count', facilities.length)}</p>
					<ol className="space-y-4">
						{facilities.map((facility) => (
							<li key={facility.id}>
								<article aria-labelledby={`stale-capacity-${facility.id}`} className="card p-5 sm:p-6">
									<h3 id={`stale-capacity-${facility.id}`} className="text-lg font-semibold text-slate-900">
										<Link to={`/coordinator/listings/${facility.id}`} className="hover:text-brand-700 hover:underline">
											{facility.name}
										</Link>{' '}
										<span className="font-mono text-sm font-normal text-slate-600">{facility.ref}</span>
									</h3>
									<dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
										<div className="flex flex-wrap gap-x-2">
											<dt className="text-slate-600">{t('stale.capacity.suites')}</dt>
											<dd className="text-slate-900">{facility.suites}</dd>
										</div>
										<div className="flex flex-wrap gap-x-2">
											<dt className="text-slate-600">{t('stale.capacity.lastCurrent')}</dt>
											<dd className="text-slate-900">{formatDate(facility.lastSeenCurrentAt)}</dd>
										</div>
										<div className="flex flex-wrap gap-x-2">
											<dt className="text-slate-600">{t('stale.nudged')}</dt>
											<dd className="text-slate-900">
												{facility.nudgedAt ? formatDate(facility.nudgedAt) : t('stale.notAskedYet')}
											</dd>
										</div>
									</dl>
									<div className="mt-4 flex flex-wrap gap-3">
										<ActionButton intent="nudge-capacity" fields={{ listingId: facility.id }} size="sm">
											{t('stale.nudge')}
											<span className="sr-only">: {facility.name}</span>
										</ActionButton>
										<Link to={facility.editPath} className={buttonClass('secondary', 'sm')}>
											{t('stale.capacity.edit')}
											<span className="sr-only">: {facility.name}</span>
										</Link>
									</div>
								</article>
							</li>
						))}
					</ol>
				</>
			)}
		</Section>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
