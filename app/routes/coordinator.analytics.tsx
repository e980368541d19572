import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { BarChart } from '~/components/charts/bar-chart.tsx'
import { DataTable } from '~/components/charts/data-table.tsx'
import { StackedBarChart } from '~/components/charts/stacked-bar-chart.tsx'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { FilterForm } from '~/components/curation/filter-form.tsx'
import { EmptyState } from '~/components/empty-state.tsx'
import { Field, Notice, SelectField } from '~/components/forms/index.ts'
import { Pagination } from '~/components/pagination.tsx'
import { Section } from '~/components/section.tsx'
import {
	closedTable,
	funnelTables,
	type AnalyticsTable,
	type AnalyticsTableId,
} from '~/domain/analytics/analytics-tables.ts'
import { closedRequests, isRequestOutcome } from '~/domain/analytics/closed-requests.server.ts'
import { matchmakingFunnel, type OutcomeGroup } from '~/domain/analytics/matchmaking-funnel.server.ts'
import { neighbourPeriod, periodFromQuery, periodQuery, type Period } from '~/domain/analytics/period.ts'
import { requestOutcomes } from '~/domain/requests/lifecycle.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import type { PlainMessageKey } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

const pageSchema = z.coerce.number().int().min(1).max(100_000).optional().catch(undefined)

/** What the page keeps of a period: its days and kind, not the Date objects. */
function periodView(period: Period) {
	const { start: _start, end: _end, ...view } = period
	return view
}

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'request.triage')
	const url = new URL(request.url)
	const { locale } = resolveLocale(request)
	const period = periodFromQuery(url.searchParams)
	const outcomeParam = url.searchParams.get('outcome')
	const outcome = isRequestOutcome(outcomeParam) ? outcomeParam : undefined
	const [funnel, closed] = await Promise.all([
		matchmakingFunnel(period, locale),
		closedRequests({ period, outcome, page: pageSchema.parse(url.searchParams.get('page')) }),
	])
	return {
		period: periodView(period),
		query: periodQuery(period),
		previous: periodQuery(neighbourPeriod(period, -1)),
		next: periodQuery(neighbourPeriod(period, 1)),
		outcome: outcome ?? null,
		funnel,
		closed,
	}
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('analytics.title') }))

type Data = ReturnType<typeof useLoaderData<typeof loader>>

function csvHref(query: Record<string, string>, table: AnalyticsTableId, extra: Record<string, string> = {}) {
	return `/coordinator/analytics.csv?${new URLSearchParams({ table, ...query, ...extra })}`
}

function CsvLink({ href }: { href: string }) {
	const { t } = useT()
	// A plain link: the browser downloads the file, with or without JavaScript.
	return (
		<a href={href} className="link mt-3 inline-block text-sm" download>
			{t('analytics.download')}
		</a>
	)
}

/** A chart with its table beside it on wide screens and below it on narrow ones, and the table's download. */
function ChartAndTable({
	chart,
	table,
	caption,
	csv,
}: {
	chart?: React.ReactNode
	table: AnalyticsTable
	caption: string
	csv: string
}) {
	return (
		<div className={`mt-4 grid items-start gap-6 ${chart ? 'lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]' : ''}`}>
			{chart ? <div className="card p-4">{chart}</div> : null}
			<div className="min-w-0">
				<DataTable table={table} caption={caption} />
				<CsvLink href={csv} />
			</div>
		</div>
	)
}

const outcomeFills: Record<OutcomeGroup, string> = {
	partner_found: 'fill-brand-600',
	no_fit: 'fill-amber-500',
	withdrawn: 'fill-slate-400',
	expired: 'fill-rose-600',
	open: 'fill-sky-300',
}

function PeriodPicker({ period }: { period: Data['period'] }) {
	const { t } = useT()
	return (
		<FilterForm
			columns="sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]"
			submitLabel={t('analytics.period.submit')}
		>
			<SelectField
				label={t('analytics.period.kind')}
				selectProps={{ id: 'period-kind', name: 'period', defaultValue: period.kind }}
				options={(['month', 'quarter', 'custom'] as const).map((kind) => ({
					value: kind,
					label: t(`analytics.period.${kind}`),
				}))}
			/>
			<Field
				label={t('analytics.period.monthField')}
				hint={t('analytics.period.monthHint')}
				inputProps={{
					id: 'period-month',
					name: 'month',
					defaultValue: period.month,
					inputMode: 'numeric',
					autoComplete: 'off',
				}}
			/>
			<Field
				label={t('analytics.period.quarterField')}
				hint={t('analytics.period.quarterHint')}
				inputProps={{ id: 'period-quarter', name: 'quarter', defaultValue: period.quarter, autoComplete: 'off' }}
			/>
			<div className="grid gap-4 sm:col-span-2 sm:grid-cols-2 lg:col-span-1 lg:grid-cols-1">
				<Field
					type="date"
					label={t('analytics.period.from')}
					inputProps={{ id: 'period-from', name: 'from', defaultValue: period.from }}
				/>
				<Field
					type="date"
					label={t('analytics.period.to')}
					hint={t('analytics.period.customHint')}
					inputProps={{ id: 'period-to', name: 'to', defaultValue: period.to }}
				/>
			</div>
		</FilterForm>
	)
}

function ClosedRequests({ data }: { data: Data }) {
	const i18n = useT()
	const { t, tCount } = i18n
	const table = closedTable(i18n, data.closed.rows)
	return (
		<Section id="closed-heading" heading={t('analytics.closed.heading')} className="space-y-4">
			<p className="text-slate-700">{t('analytics.closed.intro')}</p>
			<FilterForm columns="sm:grid-cols-[minmax(0,20rem)_auto]" submitLabel={t('analytics.closed.filter')}>
				{Object.entries(data.query).map(([name, value]) => (
					<input key={name} type="hidden" name={name} value={value} />
				))}
				<SelectField
					label={t('analytics.closed.outcome')}
					selectProps={{ id: 'closed-outcome', name: 'outcome', defaultValue: data.outcome ?? '' }}
					options={[
						{ value: '', label: t('analytics.closed.anyOutcome') },
						...requestOutcomes.map((outcome) => ({ value: outcome, label: t(`analytics.outcome.${outcome}`) })),
					]}
				/>
			</FilterForm>
			<p className="text-sm font-medium text-slate-600" data-closed-count={data.closed.total}>
				{tCount('analytics.closed.count', data.closed.total)}
			</p>
			{data.closed.rows.length ? (
				<>
					<DataTable table={table} caption={t('analytics.closed.heading')} />
					<CsvLink href={csvHref(data.query, 'closed', data.outcome ? { outcome: data.outcome } : {})} />
				</>
			) : (
				<EmptyState title={t('analytics.closed.empty')} />
			)}
			<Pagination page={data.closed.page} pageCount={data.closed.pageCount} />
		</Section>
	)
}

export default function AnalyticsPage() {
	const data = useLoaderData<typeof loader>()
	const i18n = useT()
	const { t, formatNumber, formatDate, intlLocale } = i18n
	const percent = new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 1 })
	const tables = Object.fromEntries(funnelTables(i18n, data.funnel).map((table) => [table.id, table])) as Record<
		AnalyticsTableId,
		AnalyticsTable
	>
	const submitted = data.funnel.stages[0]?.count ?? 0
	const csv = (table: AnalyticsTableId) => csvHref(data.query, table)
	const periodLink = (query: Record<string, string>) => `/coordinator/analytics?${new URLSearchParams(query)}`
	const breakdowns = ['modality', 'service', 'organizationKind'] as const
	return (
		<>
			<CoordinatorHeader title={t('analytics.title')} intro={t('analytics.intro')} />
			<div className="container-page space-y-10 py-8 sm:py-10">
				<div className="space-y-4">
					<PeriodPicker period={data.period} />
					{data.period.problem ? (
						<Notice tone="warning">{t(`analytics.period.problem.${data.period.problem}`)}</Notice>
					) : null}
					<div className="flex flex-wrap items-baseline justify-between gap-3">
						<p className="text-lg font-semibold text-slate-900" id="period-shown">
							{t('analytics.period.showing', { from: formatDate(data.period.from), to: formatDate(data.period.to) })}
						</p>
						<p className="flex gap-4 text-sm">
							<Link to={periodLink(data.previous)} className="link" rel="prev">
								← {t('analytics.period.previous')}
							</Link>
							<Link to={periodLink(data.next)} className="link" rel="next">
								{t('analytics.period.next')} →
							</Link>
						</p>
					</div>
				</div>

				{submitted === 0 ? <EmptyState title={t('analytics.empty')} /> : null}

				<Section id="funnel-heading" heading={t('analytics.funnel.heading')}>
					<p className="mt-2 max-w-3xl text-slate-700">{t('analytics.funnel.note')}</p>
					<ChartAndTable
						chart={
							<BarChart
								title={t('analytics.funnel.chartTitle')}
								description={t('analytics.funnel.chartDescription')}
								bars={data.funnel.stages.map((stage) => ({
									label: t(`analytics.stage.${stage.stage}`),
									value: stage.count,
									valueLabel: formatNumber(stage.count),
								}))}
							/>
						}
						table={tables.funnel}
						caption={t('analytics.funnel.chartTitle')}
						csv={csv('funnel')}
					/>
				</Section>

				<Section id="outcomes-heading" heading={t('analytics.outcomes.heading')}>
					<p className="mt-2 max-w-3xl text-slate-700">{t('analytics.outcomes.note')}</p>
					<ChartAndTable
						chart={
							<StackedBarChart
								title={t('analytics.outcomes.chartTitle')}
								description={t('analytics.outcomes.chartDescription')}
								segments={data.funnel.outcomes.map((row) => ({
									label: t(`analytics.outcome.${row.outcome}`),
									value: row.count,
									valueLabel: formatNumber(row.count),
									fill: outcomeFills[row.outcome],
								}))}
							/>
						}
						table={tables.outcomes}
						caption={t('analytics.outcomes.chartTitle')}
						csv={csv('outcomes')}
					/>
				</Section>

				<Section id="timing-heading" heading={t('analytics.timing.heading')}>
					<p className="mt-2 max-w-3xl text-slate-700">{t('analytics.timing.note')}</p>
					<ChartAndTable table={tables.timing} caption={t('analytics.timing.heading')} csv={csv('timing')} />
				</Section>

				<Section id="providers-heading" heading={t('analytics.providers.heading')}>
					{data.funnel.providers.length ? (
						<ChartAndTable
							chart={
								<BarChart
									title={t('analytics.providers.chartTitle')}
									description={t('analytics.providers.chartDescription')}
									max={100}
									bars={data.funnel.providers.slice(0, 15).map((row) => ({
										label: row.name,
										value: row.answerRate * 100,
										valueLabel: percent.format(row.answerRate),
									}))}
								/>
							}
							table={tables.providers}
							caption={t('analytics.providers.chartTitle')}
							csv={csv('providers')}
						/>
					) : (
						<p className="mt-2 text-slate-700">{t('analytics.providers.empty')}</p>
					)}
				</Section>

				<Section id="breakdowns-heading" heading={t('analytics.breakdowns.heading')} className="space-y-8">
					<p className="mt-2 max-w-3xl text-slate-700">{t('analytics.breakdowns.note')}</p>
					{breakdowns.map((dimension) => {
						const heading: PlainMessageKey = `analytics.breakdown.${dimension}`
						const rows = data.funnel.breakdowns[dimension]
						return (
							<section key={dimension} aria-labelledby={`breakdown-${dimension}`}>
								<h3 id={`breakdown-${dimension}`} className="text-lg font-semibold text-slate-900">
									{t(heading)}
								</h3>
								<ChartAndTable
									chart={
										rows.length ? (
											<BarChart
												title={t(heading)}
												description={t('analytics.breakdown.chartDescription', {
													dimension: t(`analytics.breakdown.dimension.${dimension}`),
												})}
												tone="slate"
												bars={rows.slice(0, 12).map((row) => ({
													label: row.label || t('analytics.breakdown.notStated'),
													value: row.submitted,
													valueLabel: formatNumber(row.submitted),
												}))}
											/>
										) : undefined
									}
									table={tables[dimension]}
									caption={t(heading)}
									csv={csv(dimension)}
								/>
							</section>
						)
					})}
				</Section>

				<Section id="gaps-heading" heading={t('analytics.gaps.heading')}>
					<p className="mt-2 max-w-3xl text-slate-700">
						{t('analytics.gaps.intro', { percent: data.funnel.weakScorePercent })}
					</p>
					{data.funnel.gaps.length ? (
						<ChartAndTable table={tables.gaps} caption={t('analytics.gaps.heading')} csv={csv('gaps')} />
					) : (
						<p className="mt-3 text-slate-700">{t('analytics.gaps.empty')}</p>
					)}
				</Section>

				<ClosedRequests data={data} />
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
