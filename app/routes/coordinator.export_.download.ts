import { type LoaderFunctionArgs, redirect } from '@remix-run/node'
import { exportListings } from '~/domain/listings/export-listings.server.ts'
import { exportAuditCsv } from '~/domain/transfer/export-audit.server.ts'
import { exportRequestsCsv } from '~/domain/transfer/export-requests.server.ts'
import { auditExportSchema, listingsExportSchema } from '~/domain/transfer/export-schema.ts'
import { listingsToCsv } from '~/domain/transfer/listings-csv.ts'
import { notFound } from '~/http/params.server.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'

// The files of /coordinator/export: listings (CSV by type or combined, or
// JSON), requests with their outcomes and ratings, the audit log of a period.

function download(body: string, fileName: string, type: string): Response {
	return new Response(body, {
		headers: {
			'Content-Type': `${type}; charset=utf-8`,
			'Content-Disposition': `attachment; filename="${fileName}"`,
			'Cache-Control': 'no-store',
		},
	})
}

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'listing.import')
	const query = Object.fromEntries(new URL(request.url).searchParams)
	const { locale } = resolveLocale(request)
	if (query.download === 'listings') {
		const { type, format } = listingsExportSchema.parse(query)
		const listings = await exportListings()
		const name = type === 'all' ? 'listings' : type
		return format === 'json'
			? download(`${JSON.stringify(listings, null, 2)}\n`, `${name}.json`, 'application/json')
			: download(listingsToCsv(listings, type), `${name}.csv`, 'text/csv')
	}
	if (query.download === 'requests') {
		await requirePermission(request, 'request.triage')
		return download(await exportRequestsCsv(locale), 'requests.csv', 'text/csv')
	}
	if (query.download === 'audit') {
		await requirePermission(request, 'audit.read')
		const parsed = auditExportSchema.safeParse(query)
		if (!parsed.success) {
			const back = new URLSearchParams({ from: query.from ?? '', to: query.to ?? '', problem: 'period' })
			if (query.lang) back.set('lang', query.lang)
			return redirect(`/coordinator/export?${back}`)
		}
		return download(
			await exportAuditCsv(parsed.data, locale),
			`audit-${parsed.data.from}-${parsed.data.to}.csv`,
			'text/csv',
		)
	}
	throw notFound()
}
