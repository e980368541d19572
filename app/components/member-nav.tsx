import { AreaNav, type AreaNavItem } from './area-nav.tsx'

/** The signed-in member's own pages: the member area's nav and the top of the user menu. */
export const memberPages: ReadonlyArray<AreaNavItem> = [
	{ to: '/account', label: 'userMenu.account' },
	{ to: '/my-listings', label: 'userMenu.myListings' },
	{ to: '/requests', label: 'userMenu.requests' },
	{ to: '/inbox', label: 'userMenu.inbox' },
	{ to: '/notifications', label: 'userMenu.notifications' },
]

/** Above every page of the member area (routes/_member.tsx). */
export function MemberNav() {
	return <AreaNav label="memberNav.label" items={memberPages} />
}
