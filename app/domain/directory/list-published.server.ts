import { listingPage } from '../listings/listing-page.server.ts'
import { summarySelect, toListingSummary } from './listing-views.server.ts'
import type { ListingPage, ListingTypeCode } from './types.ts'
import { visibleListingsWhere, visitor, type DirectoryViewer } from './viewer.server.ts'

export const defaultPageSize = 20

export interface ListPublishedOptions {
	type: ListingTypeCode
	/** 1-based. A page past the end comes back empty; the caller decides what that means. */
	page: number
	pageSize?: number
	viewer?: DirectoryViewer
}

/** One page of a type's listings in name order, with the total for pagination. */
export async function listPublished({
	type,
	page,
	pageSize = defaultPageSize,
	viewer = visitor,
}: ListPublishedOptions): Promise<ListingPage> {
	const where = { ...visibleListingsWhere(viewer), type }
	const { rows, total, pageCount } = await listingPage(where, summarySelect(new Date()), { page, pageSize })
	return { type, items: rows.map(toListingSummary), total, page, pageSize, pageCount }
}
