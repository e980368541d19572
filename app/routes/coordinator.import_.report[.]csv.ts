import type { LoaderFunctionArgs } from '@remix-run/node'
import { importReportCsv } from '~/domain/transfer/import-report-csv.server.ts'
import { importUploadView } from '~/domain/transfer/import-upload-view.server.ts'
import { notFound } from '~/http/params.server.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'

// An upload's preview or import report as CSV, in the coordinator's language.

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'listing.import')
	const id = new URL(request.url).searchParams.get('upload') ?? ''
	if (!/^[0-9a-f-]{36}$/.test(id)) throw notFound()
	const view = await importUploadView(id)
	if (!view?.report) throw notFound()
	return new Response(importReportCsv(view.report, resolveLocale(request).locale), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': 'attachment; filename="import-report.csv"',
			'Cache-Control': 'no-store',
		},
	})
}
