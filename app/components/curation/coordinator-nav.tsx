import { NavLink } from '@remix-run/react'
import type { PlainMessageKey } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'

const items: ReadonlyArray<{ to: string; label: PlainMessageKey; end?: boolean }> = [
	{ to: '/coordinator', label: 'coordinator.nav.overview', end: true },
	{ to: '/coordinator/reviews', label: 'coordinator.nav.reviews' },
	{ to: '/coordinator/requests', label: 'coordinator.nav.requests' },
	{ to: '/coordinator/claims', label: 'coordinator.nav.claims' },
	{ to: '/coordinator/listings', label: 'coordinator.nav.listings' },
	{ to: '/coordinator/audit', label: 'coordinator.nav.audit' },
]

/** The coordinator area's navigation, above every page under /coordinator (routes/coordinator.tsx). */
export function CoordinatorNav() {
	const { t } = useT()
	return (
		<nav aria-label={t('coordinator.nav.label')} className="border-b border-slate-200 bg-white">
			<ul className="container-page flex gap-1 overflow-x-auto py-2 text-sm font-medium">
				{items.map((item) => (
					<li key={item.to} className="shrink-0">
						<NavLink
							to={item.to}
							end={item.end}
							className={({ isActive }) =>
								`block rounded-lg px-3 py-2 ${isActive ? 'bg-brand-50 text-brand-800' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900'}`
							}
						>
							{t(item.label)}
						</NavLink>
					</li>
				))}
			</ul>
		</nav>
	)
}
