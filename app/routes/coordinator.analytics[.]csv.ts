import type { LoaderFunctionArgs } from '@remix-run/node'
import { closedTable, funnelTables, isAnalyticsTableId } from '~/domain/analytics/analytics-tables.ts'
import { tableCsv } from '~/domain/analytics/table-csv.server.ts'
import { allClosedRequests, isRequestOutcome } from '~/domain/analytics/closed-requests.server.ts'
import { matchmakingFunnel } from '~/domain/analytics/matchmaking-funnel.server.ts'
import { periodFromQuery } from '~/domain/analytics/period.ts'
import { badParameter } from '~/http/params.server.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { translator } from '~/i18n/messages.ts'

// One table of the funnel page as a CSV file, for the same period (and, for
// the closed requests, the same outcome) as the page it was downloaded from:
// the rows are the page's own (analytics-tables.ts). Names of requesters and
// providers, so never cached anywhere.

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'request.triage')
	const url = new URL(request.url)
	const tableId = url.searchParams.get('table')
	if (!isAnalyticsTableId(tableId)) throw badParameter('table')
	const { locale } = resolveLocale(request)
	const i18n = translator(locale)
	const period = periodFromQuery(url.searchParams)
	let table
	if (tableId === 'closed') {
		const outcome = url.searchParams.get('outcome')
		table = closedTable(
			i18n,
			await allClosedRequests({ period, outcome: isRequestOutcome(outcome) ? outcome : undefined }),
		)
	} else {
		table = funnelTables(i18n, await matchmakingFunnel(period, locale)).find((candidate) => candidate.id === tableId)!
	}
	return new Response(tableCsv(table), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="matchmaking-${tableId}-${period.from}-${period.to}.csv"`,
			'Cache-Control': 'no-store',
		},
	})
}
