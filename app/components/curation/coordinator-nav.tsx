import { useLocation } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { useT } from '~/i18n/use-t.ts'
import { AreaNavLinks, type AreaNavItem } from '../area-nav.tsx'

// Each page's link is named by its key under coordinator.nav, which is its path under /coordinator.
const pages = [
	'reviews',
	'requests',
	'claims',
	'listings',
	'stale',
	'news',
	'events',
	'pages',
	'import',
	'export',
	'audit',
] as const

const items: ReadonlyArray<AreaNavItem> = [
	{ to: '/coordinator', label: 'coordinator.nav.overview', end: true },
	...pages.map((page) => ({ to: `/coordinator/${page}`, label: `coordinator.nav.${page}` as const })),
	{ to: '/coordinator/analytics', label: 'analytics.nav' },
	{ to: '/coordinator/api-tokens', label: 'apiTokens.nav' },
]

function isCurrent(item: AreaNavItem, pathname: string): boolean {
	return pathname === item.to || (!item.end && pathname.startsWith(`${item.to}/`))
}

/**
 * The coordinator area's navigation, above every page under /coordinator
 * (routes/coordinator.tsx). Thirteen links wrap to four rows on a phone, so
 * there they fold into a disclosure that names the page one is on (a
 * <details>: it opens without JavaScript); from md up they are always open
 * as one row of links.
 */
export function CoordinatorNav() {
	const { t } = useT()
	const { pathname } = useLocation()
	const menu = useRef<HTMLDetailsElement>(null)
	const current = items.find((item) => isCurrent(item, pathname))
	// With JavaScript a followed link keeps the page: the next one starts with the menu folded, as it does without.
	useEffect(() => {
		if (menu.current) menu.current.open = false
	}, [pathname])
	return (
		<nav aria-label={t('coordinator.nav.label')} className="border-b border-slate-200 bg-white">
			<details ref={menu} className="group/nav container-page md:details-content:[content-visibility:visible]">
				<summary className="flex min-h-12 cursor-pointer items-center justify-between gap-3 py-2 text-sm md:hidden">
					<span>
						<span className="text-slate-600">{t('coordinator.nav.label')}:</span>{' '}
						<span className="font-semibold text-brand-800">{current ? t(current.label) : null}</span>
					</span>
					<svg
						aria-hidden="true"
						viewBox="0 0 20 20"
						fill="currentColor"
						className="size-5 shrink-0 text-slate-500 transition group-open/nav:rotate-180"
					>
						<path
							fillRule="evenodd"
							d="M5.2 7.2a.75.75 0 0 1 1.06.04L10 11.16l3.74-3.92a.75.75 0 1 1 1.08 1.04l-4.28 4.5a.75.75 0 0 1-1.08 0l-4.28-4.5a.75.75 0 0 1 .02-1.08Z"
							clipRule="evenodd"
						/>
					</svg>
				</summary>
				<ul className="grid grid-cols-2 gap-1 pb-3 text-sm font-medium md:flex md:flex-wrap md:py-2">
					<AreaNavLinks items={items} />
				</ul>
			</details>
		</nav>
	)
}
