import { Section } from '~/components/section.tsx'
import type { FacilityCalendar } from '~/domain/capacity/facility-calendar.server.ts'
import type { MonthState } from '~/domain/capacity/free-capacity.ts'
import { needTexts } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'

await needTexts('capacity')

// A facility's next twelve months per suite: each month a cell that says its
// state in words (colour only repeats it), then every window as a list, the
// form screen readers and phones read best.

const cellStyle: Record<MonthState, string> = {
	free: 'border-emerald-300 bg-emerald-50 text-emerald-900',
	tentative: 'border-amber-300 bg-amber-50 text-amber-900',
	booked: 'border-slate-300 bg-slate-100 text-slate-800',
	unknown: 'border-dashed border-slate-300 bg-white text-slate-600',
}

export function CapacityCalendar({
	calendar,
	availableFrom,
}: {
	calendar: FacilityCalendar
	availableFrom: string | null
}) {
	const { t, formatDate } = useT()
	const suiteName = (suite: { name: string; grade: string | null }) =>
		suite.grade
			? t('capacity.suiteWithGrade', { name: suite.name, grade: suite.grade })
			: t('capacity.suite', { name: suite.name })
	return (
		<Section id="capacity" heading={t('capacity.heading')} className="mt-12">
			{calendar.suites.length === 0 ? (
				<p className="mt-3 text-slate-700">
					{availableFrom ? t('capacity.availableFromOnly', { date: formatDate(availableFrom) }) : t('capacity.none')}
				</p>
			) : (
				<>
					<p className="mt-2 max-w-prose text-slate-700">{t('capacity.intro')}</p>
					<p className="mt-1 max-w-prose text-sm text-slate-600">{t('capacity.legend')}</p>
					<div className="mt-6 space-y-8">
						{calendar.suites.map((suite) => (
							<div key={suite.id}>
								<h3 className="text-base font-semibold text-slate-900">{suiteName(suite)}</h3>
								<ol
									aria-label={t('capacity.calendarCaption', { suite: suite.name })}
									className="mt-3 grid grid-cols-3 gap-2 sm:grid-cols-4 lg:grid-cols-6"
								>
									{suite.months.map((cell) => (
										<li key={cell.month} className={`rounded-md border px-2 py-2 text-sm ${cellStyle[cell.state]}`}>
											<span className="block font-medium">{formatDate(`${cell.month}-01`, 'month')}</span>
											<span className="block">{t(`capacity.state.${cell.state}`)}</span>
										</li>
									))}
								</ol>
								<h4 className="mt-4 text-sm font-semibold text-slate-900">{t('capacity.windowsHeading')}</h4>
								{suite.windows.length ? (
									<ul className="mt-2 space-y-1 text-sm text-slate-700">
										{suite.windows.map((window) => (
											<li key={window.id}>
												{t('capacity.window', {
													state: t(`capacity.state.${window.state}`),
													from: formatDate(window.from),
													to: formatDate(window.to),
												})}
												{window.note ? <span className="text-slate-600"> · {window.note}</span> : null}
											</li>
										))}
									</ul>
								) : (
									<p className="mt-2 text-sm text-slate-600">{t('capacity.noWindows')}</p>
								)}
							</div>
						))}
					</div>
					{calendar.lastChanged ? (
						<p className="mt-4 text-sm text-slate-600">
							{t('capacity.updated', { date: formatDate(calendar.lastChanged) })}
						</p>
					) : null}
				</>
			)}
		</Section>
	)
}
