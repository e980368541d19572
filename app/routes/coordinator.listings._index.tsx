import type { LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { CoordinatorNav } from '~/components/curation/coordinator-nav.tsx'
import { ListingStatusBadge } from '~/components/curation/status-badge.tsx'
import { EmptyState } from '~/components/empty-state.tsx'
import { buttonSecondaryClass, inputClass, labelClass } from '~/components/form-controls.tsx'
import { PageHeader } from '~/components/page-header.tsx'
import { Pagination } from '~/components/pagination.tsx'
import { requirePermission } from '~/domain/auth/viewer.server.ts'
import { searchListingsForCuration } from '~/domain/curation/curation-listing.server.ts'
import { listingTypes } from '~/domain/listings/interchange.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { queryText } from '~/utils/params.server.ts'

const statuses = ['draft', 'pending_review', 'published', 'archived'] as const

// Unknown or malformed filters are ignored rather than refused: this is a search page.
const filterSchema = z.object({
	type: z.enum(listingTypes).optional().catch(undefined),
	status: z.enum(statuses).optional().catch(undefined),
	page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
})

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'listing.verify')
	const url = new URL(request.url)
	// Text goes to the database: a value no listing could match is refused, naming the parameter.
	const filter = {
		...filterSchema.parse(Object.fromEntries(url.searchParams)),
		q: queryText(url, 'q', { maxLength: 200 }),
	}
	const result = await searchListingsForCuration({
		query: filter.q,
		type: filter.type,
		status: filter.status,
		page: filter.page,
	})
	return { filter, ...result }
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('curation.listings.title') }))

export default function CurationListingsPage() {
	const { filter, items, total, page, pageCount } = useLoaderData<typeof loader>()
	const { t, term, tCount } = useT()
	return (
		<>
			<PageHeader trail={[{ label: t('coordinator.title'), to: '/coordinator' }]} title={t('curation.listings.title')}>
				<p className="mt-3 max-w-2xl text-lg text-slate-700">{t('curation.listings.intro')}</p>
			</PageHeader>
			<CoordinatorNav />
			<div className="container-page space-y-6 py-8 sm:py-10">
				<Form method="get" className="card grid gap-4 p-5 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
					<div>
						<label htmlFor="filter-q" className={labelClass}>
							{t('curation.listings.query')}
						</label>
						<input
							id="filter-q"
							name="q"
							type="search"
							defaultValue={filter.q ?? ''}
							className={`${inputClass} mt-1.5 h-11`}
						/>
					</div>
					<div>
						<label htmlFor="filter-type" className={labelClass}>
							{t('curation.listings.type')}
						</label>
						<select
							id="filter-type"
							name="type"
							defaultValue={filter.type ?? ''}
							className={`${inputClass} mt-1.5 h-11`}
						>
							<option value="">{t('curation.listings.any')}</option>
							{listingTypes.map((type) => (
								<option key={type} value={type}>
									{term('listingTypes', type)}
								</option>
							))}
						</select>
					</div>
					<div>
						<label htmlFor="filter-status" className={labelClass}>
							{t('curation.listings.status')}
						</label>
						<select
							id="filter-status"
							name="status"
							defaultValue={filter.status ?? ''}
							className={`${inputClass} mt-1.5 h-11`}
						>
							<option value="">{t('curation.listings.any')}</option>
							{statuses.map((status) => (
								<option key={status} value={status}>
									{t(`listingStatus.${status}`)}
								</option>
							))}
						</select>
					</div>
					<button type="submit" className={buttonSecondaryClass}>
						{t('curation.listings.filter')}
					</button>
				</Form>
				<p className="text-sm font-medium text-slate-600">{tCount('curation.listings.count', total)}</p>
				{items.length === 0 ? (
					<EmptyState title={t('curation.listings.empty')} />
				) : (
					<ul className="card divide-y divide-slate-200">
						{items.map((item) => (
							<li
								key={item.id}
								className="relative flex flex-wrap items-center justify-between gap-2 p-4 hover:bg-slate-50"
							>
								<div className="min-w-0">
									<p className="eyebrow">{term('listingTypes', item.type)}</p>
									<p className="font-semibold break-words text-slate-900">
										<Link
											to={`/coordinator/listings/${item.id}`}
											className="after:absolute after:inset-0 hover:text-brand-700"
										>
											{item.name}
										</Link>
									</p>
									<p className="font-mono text-sm text-slate-600">{item.ref}</p>
								</div>
								<div className="flex flex-wrap gap-2">
									<ListingStatusBadge status={item.status} />
									{item.featured ? (
										<span className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-semibold text-brand-800 ring-1 ring-brand-200 ring-inset">
											{t('curation.listings.featured')}
										</span>
									) : null}
									{item.merged ? (
										<span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-700 ring-1 ring-slate-300 ring-inset">
											{t('curation.listings.merged')}
										</span>
									) : null}
								</div>
							</li>
						))}
					</ul>
				)}
				<Pagination page={page} pageCount={pageCount} />
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
