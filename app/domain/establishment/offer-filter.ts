// The facets of /establish as they travel in the URL (?kind=lab&kind=land
// &size=sqm-0-200&by=2027-03-01&taken=1), so a filtered list can be shared
// and works without JavaScript. Anything unreadable is dropped, never a 400:
// a visitor who edits the address gets the list without that facet.
import { z } from 'zod'
import { isIsoCalendarDate } from '../listings/interchange-fields.ts'
import { offerKinds, sizeRangeCodes, type OfferKind, type SizeRange } from './offer-kinds.ts'

export interface OfferFilter {
	kinds: OfferKind[]
	size?: SizeRange
	/** Offers one can move into by this day (YYYY-MM-DD). */
	availableBy?: string
	showTaken: boolean
}

const kindList = z
	.array(z.string())
	.transform((values) => offerKinds.filter((kind) => values.includes(kind)))
	.catch([])

export function readOfferFilter(params: URLSearchParams): OfferFilter {
	const size = params.get('size')
	const by = params.get('by')?.trim()
	return {
		kinds: kindList.parse(params.getAll('kind')),
		...(size && (sizeRangeCodes as string[]).includes(size) ? { size: size as SizeRange } : {}),
		...(by && isIsoCalendarDate(by) ? { availableBy: by } : {}),
		showTaken: params.get('taken') === '1',
	}
}

/** The filter written back as a query string, for links that change one facet. */
export function offerFilterQuery(filter: OfferFilter): string {
	const params = new URLSearchParams()
	for (const kind of filter.kinds) params.append('kind', kind)
	if (filter.size) params.set('size', filter.size)
	if (filter.availableBy) params.set('by', filter.availableBy)
	if (filter.showTaken) params.set('taken', '1')
	const query = params.toString()
	return query ? `?${query}` : ''
}
