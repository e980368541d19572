import { useLoaderData } from '@remix-run/react'
import type { listingPageLoader } from '~/http/directory-loaders.server.ts'
import { useT } from '~/i18n/use-t.ts'
import { EmptyState } from '../empty-state.tsx'
import { ListingCard } from '../listing-card.tsx'
import { PageHeader } from '../page-header.tsx'
import { Pagination } from '../pagination.tsx'
import { directoryPageMeta } from './page-meta.ts'

type ListLoaderData = Awaited<ReturnType<ReturnType<typeof listingPageLoader>>>

/** The page of /organizations, /labs, /facilities and /experts; the loader says which type. */
export function ListingListPage() {
	const { type, items, total, page, pageCount } = useLoaderData() as ListLoaderData
	const { t, tCount } = useT()
	return (
		<>
			<PageHeader trail={[]} title={t(`list.${type}.title`)}>
				<p className="mt-3 max-w-2xl text-lg text-slate-700">{t(`list.${type}.intro`)}</p>
				<p className="mt-4 text-sm font-medium text-slate-600">
					{tCount(`count.${type}`, total)}
					{pageCount > 1 ? <> · {t('list.pageOf', { page, pages: pageCount })}</> : null}
				</p>
			</PageHeader>
			<div className="container-page py-8 sm:py-10">
				{items.length === 0 ? (
					<EmptyState title={t('list.empty.title')}>{t('list.empty.body')}</EmptyState>
				) : (
					<ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
						{items.map((listing) => (
							<li key={listing.id}>
								<ListingCard listing={listing} showType={false} />
							</li>
						))}
					</ul>
				)}
				<Pagination page={page} pageCount={pageCount} />
			</div>
		</>
	)
}

export const listingListMeta = directoryPageMeta<ListLoaderData>(({ type, page, pageCount }, i18n) => {
	const title = i18n.t(`list.${type}.title`)
	return {
		title: page > 1 ? `${title} · ${i18n.t('list.pageOf', { page, pages: pageCount })}` : title,
		description: i18n.t(`list.${type}.intro`),
	}
})

// Route modules re-export this page whole: component, meta and error boundary.
