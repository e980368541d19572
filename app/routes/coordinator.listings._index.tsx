import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { Field, SelectField } from '~/components/forms/index.ts'
import { z } from 'zod'
import { Badge } from '~/components/badge.tsx'
import { ListingStatusBadge } from '~/components/curation/status-badge.tsx'
import { FilterForm } from '~/components/curation/filter-form.tsx'
import { EmptyState } from '~/components/empty-state.tsx'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { Pagination } from '~/components/pagination.tsx'
import { requirePermission } from '~/http/viewer.server.ts'
import { searchListingsForCuration } from '~/domain/curation/curation-listing.server.ts'
import { listingTypes } from '~/domain/listings/interchange.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { queryText } from '~/http/params.server.ts'
import { ListingStatus } from '~/generated/prisma/enums.ts'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

const statuses = Object.values(ListingStatus)

// Unknown or malformed filters are ignored rather than refused: this is a search page.
const filterSchema = z.object({
	type: z.enum(listingTypes).optional().catch(undefined),
	status: z.nativeEnum(ListingStatus).optional().catch(undefined),
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
			<CoordinatorHeader title={t('curation.listings.title')} intro={t('curation.listings.intro')} />
			<div className="container-page space-y-6 py-8 sm:py-10">
				<FilterForm columns="sm:grid-cols-[2fr_1fr_1fr_auto]" submitLabel={t('curation.listings.filter')}>
					<Field
						type="search"
						label={t('curation.listings.query')}
						inputProps={{ id: 'filter-q', name: 'q', defaultValue: filter.q ?? '' }}
					/>
					<SelectField
						label={t('curation.listings.type')}
						selectProps={{ id: 'filter-type', name: 'type', defaultValue: filter.type ?? '' }}
						options={[
							{ value: '', label: t('curation.listings.any') },
							...listingTypes.map((type) => ({ value: type, label: term('listingTypes', type) })),
						]}
					/>
					<SelectField
						label={t('curation.listings.status')}
						selectProps={{ id: 'filter-status', name: 'status', defaultValue: filter.status ?? '' }}
						options={[
							{ value: '', label: t('curation.listings.any') },
							...statuses.map((status) => ({ value: status, label: t(`listingStatus.${status}`) })),
						]}
					/>
				</FilterForm>
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
									<p className="font-semibold text-slate-900">
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
									{item.featured ? <Badge tone="brand">{t('curation.listings.featured')}</Badge> : null}
									{item.merged ? <Badge tone="slate">{t('curation.listings.merged')}</Badge> : null}
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
