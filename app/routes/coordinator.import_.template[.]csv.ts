import type { LoaderFunctionArgs } from '@remix-run/node'
import { listingTypes, type ListingType } from '~/domain/listings/interchange.ts'
import { templateCsv } from '~/domain/transfer/listings-csv.ts'
import { templateExamples } from '~/domain/transfer/template-examples.ts'
import { notFound } from '~/http/params.server.ts'
import { requirePermission } from '~/http/viewer.server.ts'

// A template to fill in: the header row and one example row, per listing type or combined (?type=all).

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'listing.import')
	const type = new URL(request.url).searchParams.get('type') ?? 'all'
	if (type !== 'all' && !(listingTypes as readonly string[]).includes(type)) throw notFound()
	const chosen = type as ListingType | 'all'
	return new Response(templateCsv(chosen, templateExamples), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="template-${chosen === 'all' ? 'listings' : chosen}.csv"`,
			'Cache-Control': 'no-store',
		},
	})
}
