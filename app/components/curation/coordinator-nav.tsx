import { AreaNav, type AreaNavItem } from '../area-nav.tsx'

const items: ReadonlyArray<AreaNavItem> = [
	{ to: '/coordinator', label: 'coordinator.nav.overview', end: true },
	{ to: '/coordinator/reviews', label: 'coordinator.nav.reviews' },
	{ to: '/coordinator/requests', label: 'coordinator.nav.requests' },
	{ to: '/coordinator/claims', label: 'coordinator.nav.claims' },
	{ to: '/coordinator/listings', label: 'coordinator.nav.listings' },
	{ to: '/coordinator/audit', label: 'coordinator.nav.audit' },
	{ to: '/coordinator/api-tokens', label: 'apiTokens.nav' },
]

/** The coordinator area's navigation, above every page under /coordinator (routes/coordinator.tsx). */
export function CoordinatorNav() {
	return <AreaNav label="coordinator.nav.label" items={items} />
}
