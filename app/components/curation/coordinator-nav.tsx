import { AreaNav, type AreaNavItem } from '../area-nav.tsx'

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

/** The coordinator area's navigation, above every page under /coordinator (routes/coordinator.tsx). */
export function CoordinatorNav() {
	return <AreaNav label="coordinator.nav.label" items={items} />
}
