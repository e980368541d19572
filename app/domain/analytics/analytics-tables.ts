// The tables behind the funnel's charts, in one shape for both readers: the
// page shows them under each chart (the accessible alternative) and the CSV
// download writes the very same rows, so the two can never disagree.
import type { PlainMessageKey, Translator } from '~/i18n/messages.ts'
import type { ClosedRequestRow } from './closed-requests.server.ts'
import type { BreakdownRow, MatchmakingFunnel } from './matchmaking-funnel.server.ts'

export const analyticsTableIds = [
	'funnel',
	'outcomes',
	'timing',
	'providers',
	'modality',
	'service',
	'organizationKind',
	'gaps',
	'closed',
] as const
export type AnalyticsTableId = (typeof analyticsTableIds)[number]

export function isAnalyticsTableId(value: unknown): value is AnalyticsTableId {
	return typeof value === 'string' && (analyticsTableIds as readonly string[]).includes(value)
}

/** How a column's values read: counts and hours as numbers, shares as percentages (0–100), dates as ISO instants. */
export type ColumnFormat = 'text' | 'count' | 'percent' | 'hours' | 'date'
export type Cell = string | number | null

export interface AnalyticsTable {
	id: AnalyticsTableId
	columns: Array<{ label: string; format: ColumnFormat }>
	rows: Cell[][]
	/** Where the first cell of a row links to (a request's triage page), when it names a record. */
	links?: Array<string | null>
}

const percent = (fraction: number | null) => (fraction === null ? null : Math.round(fraction * 1000) / 10)

/** A column beside the value it shows, so a table's header and its cells cannot drift apart. */
type ColumnSpec<Row> = readonly [label: PlainMessageKey, format: ColumnFormat, value: (row: Row) => Cell]

function table<Row>(
	i18n: Translator,
	id: AnalyticsTableId,
	specs: ReadonlyArray<ColumnSpec<Row>>,
	rows: readonly Row[],
	linkOf?: (row: Row) => string,
): AnalyticsTable {
	return {
		id,
		columns: specs.map(([label, format]) => ({ label: i18n.t(label), format })),
		rows: rows.map((row) => specs.map(([, , value]) => value(row))),
		...(linkOf ? { links: rows.map(linkOf) } : {}),
	}
}

const requestPage = (row: { id: string }) => `/coordinator/requests/${row.id}`

function breakdownTable(
	i18n: Translator,
	id: 'modality' | 'service' | 'organizationKind',
	rows: BreakdownRow[],
): AnalyticsTable {
	return table(
		i18n,
		id,
		[
			[`analytics.column.${id}`, 'text', (row) => row.label || i18n.t('analytics.breakdown.notStated')],
			['analytics.column.submitted', 'count', (row) => row.submitted],
			['analytics.column.routed', 'count', (row) => row.routed],
			['analytics.column.introduced', 'count', (row) => row.introduced],
			['analytics.column.partnerFound', 'count', (row) => row.partnerFound],
		],
		rows,
	)
}

/** Every table of the funnel, in the order the page shows them. */
export function funnelTables(i18n: Translator, funnel: MatchmakingFunnel): AnalyticsTable[] {
	const submitted = funnel.stages[0]?.count ?? 0
	const measures = (['toTriage', 'toFirstAnswer'] as const).map((measure) => ({ measure, ...funnel.timing[measure] }))
	return [
		table(
			i18n,
			'funnel',
			[
				['analytics.column.stage', 'text', (stage) => i18n.t(`analytics.stage.${stage.stage}`)],
				['analytics.column.requests', 'count', (stage) => stage.count],
				['analytics.column.ofPrevious', 'percent', (stage) => percent(stage.ofPrevious)],
				['analytics.column.ofSubmitted', 'percent', (stage) => percent(stage.ofSubmitted)],
			],
			funnel.stages,
		),
		table(
			i18n,
			'outcomes',
			[
				['analytics.column.outcome', 'text', (row) => i18n.t(`analytics.outcome.${row.outcome}`)],
				['analytics.column.requests', 'count', (row) => row.count],
				['analytics.column.share', 'percent', (row) => percent(submitted ? row.count / submitted : null)],
			],
			funnel.outcomes,
		),
		table(
			i18n,
			'timing',
			[
				['analytics.column.measure', 'text', (row) => i18n.t(`analytics.timing.${row.measure}`)],
				['analytics.column.measured', 'count', (row) => row.count],
				['analytics.column.median', 'hours', (row) => row.medianHours],
				['analytics.column.p90', 'hours', (row) => row.p90Hours],
			],
			measures,
		),
		table(
			i18n,
			'providers',
			[
				['analytics.column.provider', 'text', (row) => row.name],
				['analytics.column.routed', 'count', (row) => row.routed],
				['analytics.column.answered', 'count', (row) => row.answered],
				['analytics.column.interested', 'count', (row) => row.interested],
				['analytics.column.declined', 'count', (row) => row.declined],
				['analytics.column.expired', 'count', (row) => row.expired],
				['analytics.column.answerRate', 'percent', (row) => percent(row.answerRate)],
			],
			funnel.providers,
		),
		breakdownTable(i18n, 'modality', funnel.breakdowns.modality),
		breakdownTable(i18n, 'service', funnel.breakdowns.service),
		breakdownTable(i18n, 'organizationKind', funnel.breakdowns.organizationKind),
		table(
			i18n,
			'gaps',
			[
				['analytics.column.request', 'text', (gap) => gap.title],
				['analytics.column.ref', 'text', (gap) => gap.ref],
				['analytics.column.requester', 'text', (gap) => gap.organizationName],
				['analytics.column.submittedAt', 'date', (gap) => gap.submittedAt],
				['analytics.column.bestScore', 'percent', (gap) => gap.bestScorePercent],
			],
			funnel.gaps,
			requestPage,
		),
	]
}

export function closedTable(i18n: Translator, rows: ClosedRequestRow[]): AnalyticsTable {
	return table(
		i18n,
		'closed',
		[
			['analytics.column.request', 'text', (row) => row.title],
			['analytics.column.ref', 'text', (row) => row.ref],
			['analytics.column.outcome', 'text', (row) => (row.outcome ? i18n.t(`analytics.outcome.${row.outcome}`) : null)],
			['analytics.column.closedAt', 'date', (row) => row.closedAt],
			['analytics.column.requester', 'text', (row) => row.requesterName],
			['analytics.column.partner', 'text', (row) => row.partners.join('; ') || null],
		],
		rows,
		requestPage,
	)
}
