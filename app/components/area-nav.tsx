import { NavLink } from '@remix-run/react'
import type { PlainMessageKey } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'

export interface AreaNavItem {
	to: string
	label: PlainMessageKey
	/** Active only on this exact path, not on the pages under it. */
	end?: boolean
}

/** The links of an area's navigation, each in its list item, the page one is on marked. */
export function AreaNavLinks({ items }: { items: ReadonlyArray<AreaNavItem> }) {
	const { t } = useT()
	return items.map((item) => (
		<li key={item.to}>
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
	))
}

/** The row of links a layout route renders above every page of its area; on a phone it wraps, so no link hides off-screen. */
export function AreaNav({ label, items }: { label: PlainMessageKey; items: ReadonlyArray<AreaNavItem> }) {
	const { t } = useT()
	return (
		<nav aria-label={t(label)} className="border-b border-slate-200 bg-white">
			<ul className="container-page flex flex-wrap gap-1 py-2 text-sm font-medium">
				<AreaNavLinks items={items} />
			</ul>
		</nav>
	)
}
