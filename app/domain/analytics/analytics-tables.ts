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

function column(i18n: Translator, key: PlainMessageKey, format: ColumnFormat) {
	return { label: i18n.t(key), format }
}

function breakdownTable(
	i18n: Translator,
	id: 'modality' | 'service' | 'organizationKind',
	rows: BreakdownRow[],
): AnalyticsTable {
	return {
		id,
		columns: [
			column(i18n, `analytics.column.${id}`, 'text'),
			column(i18n, 'analytics.column.submitted', 'count'),
			column(i18n, 'analytics.column.routed', 'count'),
			column(i18n, 'analytics.column.introduced', 'count'),
			column(i18n, 'analytics.column.partnerFound', 'count'),
		],
		rows: rows.map((row) => [
			row.label || i18n.t('analytics.breakdown.notStated'),
			row.submitted,
			row.routed,
			row.introduced,
			row.partnerFound,
		]),
	}
}

/** Every table of the funnel, in the order the page shows them. */
export function funnelTables(i18n: Translator, funnel: MatchmakingFunnel): AnalyticsTable[] {
	const submitted = funnel.stages[0]?.count ?? 0
	return [
		{
			id: 'funnel',
			columns: [
				column(i18n, 'analytics.column.stage', 'text'),
				column(i18n, 'analytics.column.requests', 'count'),
				column(i18n, 'analytics.column.ofPrevious', 'percent'),
				column(i18n, 'analytics.column.ofSubmitted', 'percent'),
			],
			rows: funnel.stages.map((stage) => [
				i18n.t(`analytics.stage.${stage.stage}`),
				stage.count,
				percent(stage.ofPrevious),
				percent(stage.ofSubmitted),
			]),
		},
		{
			id: 'outcomes',
			columns: [
				column(i18n, 'analytics.column.outcome', 'text'),
				column(i18n, 'analytics.column.requests', 'count'),
				column(i18n, 'analytics.column.share', 'percent'),
			],
			rows: funnel.outcomes.map((row) => [
				i18n.t(`analytics.outcome.${row.outcome}`),
				row.count,
				percent(submitted ? row.count / submitted : null),
			]),
		},
		{
			id: 'timing',
			columns: [
				column(i18n, 'analytics.column.measure', 'text'),
				column(i18n, 'analytics.column.measured', 'count'),
				column(i18n, 'analytics.column.median', 'hours'),
				column(i18n, 'analytics.column.p90', 'hours'),
			],
			rows: (['toTriage', 'toFirstAnswer'] as const).map((measure) => [
				i18n.t(`analytics.timing.${measure}`),
				funnel.timing[measure].count,
				funnel.timing[measure].medianHours,
				funnel.timing[measure].p90Hours,
			]),
		},
		{
			id: 'providers',
			columns: [
				column(i18n, 'analytics.column.provider', 'text'),
				column(i18n, 'analytics.column.routed', 'count'),
				column(i18n, 'analytics.column.answered', 'count'),
				column(i18n, 'analytics.column.interested', 'count'),
				column(i18n, 'analytics.column.declined', 'count'),
				column(i18n, 'analytics.column.expired', 'count'),
				column(i18n, 'analytics.column.answerRate', 'percent'),
			],
			rows: funnel.providers.map((row) => [
				row.name,
				row.routed,
				row.answered,
				row.interested,
				row.declined,
				row.expired,
				percent(row.answerRate),
			]),
		},
		breakdownTable(i18n, 'modality', funnel.breakdowns.modality),
		breakdownTable(i18n, 'service', funnel.breakdowns.service),
		breakdownTable(i18n, 'organizationKind', funnel.breakdowns.organizationKind),
		{
			id: 'gaps',
			columns: [
				column(i18n, 'analytics.column.request', 'text'),
				column(i18n, 'analytics.column.ref', 'text'),
				column(i18n, 'analytics.column.requester', 'text'),
				column(i18n, 'analytics.column.submittedAt', 'date'),
				column(i18n, 'analytics.column.bestScore', 'percent'),
			],
			rows: funnel.gaps.map((gap) => [gap.title, gap.ref, gap.organizationName, gap.submittedAt, gap.bestScorePercent]),
			links: funnel.gaps.map((gap) => `/coordinator/requests/${gap.id}`),
		},
	]
}

export function closedTable(i18n: Translator, rows: ClosedRequestRow[]): AnalyticsTable {
	return {
		id: 'closed',
		columns: [
			column(i18n, 'analytics.column.request', 'text'),
			column(i18n, 'analytics.column.ref', 'text'),
			column(i18n, 'analytics.column.outcome', 'text'),
			column(i18n, 'analytics.column.closedAt', 'date'),
			column(i18n, 'analytics.column.requester', 'text'),
			column(i18n, 'analytics.column.partner', 'text'),
		],
		rows: rows.map((row) => [
			row.title,
			row.ref,
			row.outcome ? i18n.t(`analytics.outcome.${row.outcome}`) : null,
			row.closedAt,
			row.requesterName,
			row.partners.join('; ') || null,
		]),
		links: rows.map((row) => `/coordinator/requests/${row.id}`),
	}
}
