import { AreaNav, type AreaNavItem } from './area-nav.tsx'

/** The signed-in member's own pages: the member area's nav and the top of the user menu. */
export const memberPages: ReadonlyArray<AreaNavItem> = [
	{ to: '/account', label: 'userMenu.account' },
	{ to: '/my-listings', label: 'userMenu.myListings' },
	{ to: '/requests', label: 'userMenu.requests' },
	{ to: '/inbox', label: 'userMenu.inbox' },
	{ to: '/notifications', label: 'userMenu.notifications' },
]

/** The member pages the header's main navigation already offers, with their counts. */
const inMainNavigation = new Set(['/requests', '/inbox'])

/** Above every page of the member area (routes/_member.tsx): what the header does not already offer. */
export function MemberNav() {
	return <AreaNav label="memberNav.label" items={memberPages.filter((page) => !inMainNavigation.has(page.to))} />
}
