import { Link, NavLink } from '@remix-run/react'
import type { LayoutUser } from '~/domain/accounts/layout-user.server.ts'
import type { WaitingCounts } from '~/domain/home/waiting-counts.server.ts'
import type { PlainMessageKey } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'
import { useClosingDetails } from './closing-details.ts'
import { directoryItems } from './directory-nav.ts'
import { SolidIcon } from './icon.tsx'
import { LanguageSwitch } from './language-switch.tsx'
import { onDemand } from './on-demand.tsx'
import { VisitorLinks } from './visitor-links.tsx'

const UserMenu = await onDemand(() => import('./user-menu.tsx').then((module) => module.UserMenu))

interface NavItem {
	to: string
	label: PlainMessageKey
	/** How many things wait there, and how a screen reader says it. */
	count?: { value: number; says: 'nav.requestsNews' | 'nav.inboxWaiting' }
}

/** A signed-in person's own places, first in the navigation at every width, with what waits there. */
const memberItems = (counts: WaitingCounts | null): NavItem[] => [
	{ to: '/home', label: 'nav.home' },
	{
		to: '/requests',
		label: 'userMenu.requests',
		count: { value: counts?.requestsWithNews ?? 0, says: 'nav.requestsNews' },
	},
	{ to: '/inbox', label: 'userMenu.inbox', count: { value: counts?.routesWaiting ?? 0, says: 'nav.inboxWaiting' } },
]

function NavItemLink({ item }: { item: NavItem }) {
	const { t, formatNumber } = useT()
	const count = item.count?.value ? item.count : null
	return (
		<NavLink
			to={item.to}
			className={({ isActive }) =>
				`flex items-center rounded-lg px-2.5 py-2 whitespace-nowrap sm:px-3 ${isActive ? 'bg-brand-50 text-brand-800' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900'}`
			}
		>
			{t(item.label)}
			{count ? (
				<>
					<span
						aria-hidden="true"
						className="ml-1.5 rounded-full bg-amber-100 px-1.5 text-xs leading-5 font-semibold text-amber-900 tabular-nums"
					>
						{formatNumber(count.value)}
					</span>
					<span className="sr-only"> ({t(count.says, { count: count.value })})</span>
				</>
			) : null}
		</NavLink>
	)
}

/** A visitor's phone: the directory behind one button, so the header keeps to two rows. */
function PhoneMenu({ items }: { items: ReadonlyArray<NavItem> }) {
	const { t } = useT()
	const menu = useClosingDetails()
	return (
		<details ref={menu} className="group sm:hidden">
			<summary className="flex min-h-10 cursor-pointer list-none items-center gap-1 rounded-lg px-2.5 py-2 text-slate-700 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
				{t('nav.menu')}
				<SolidIcon
					path="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z"
					className="size-4 text-slate-500 transition group-open:rotate-180"
				/>
			</summary>
			<ul className="absolute inset-x-4 z-40 mt-2 rounded-xl border border-slate-200 bg-white p-2 shadow-lg">
				{items.map((item) => (
					<li key={item.to}>
						<NavItemLink item={item} />
					</li>
				))}
			</ul>
		</details>
	)
}

/**
 * Two rows at every width: the logo with language and account controls, then
 * the navigation. A signed-in person's own places (home, requests, inbox,
 * with what waits there) come first. On a phone the directory sits in the
 * user menu, or for a visitor behind a menu button beside the log-in and
 * sign-up links, so the header never grows past two rows. Wider, the directory is
 * inline; a row that wraps item by item looked accidental.
 */
export function SiteHeader({ user, counts }: { user: LayoutUser | null; counts: WaitingCounts | null }) {
	const { t } = useT()
	const own = user ? memberItems(counts) : []
	return (
		<header className="border-b border-slate-200 bg-white">
			{/* On a 390 px phone the logo, the name, both languages and the avatar just fit: spacing is tighter there. */}
			<div className="container-page relative flex items-center justify-between gap-x-2 gap-y-2 pt-3 pb-2 sm:gap-x-4">
				<Link to="/" className="flex shrink-0 items-center gap-2 rounded-lg sm:gap-3">
					<HubLogo />
					<span className="flex flex-col leading-tight">
						<span className="text-base font-bold text-slate-900">{t('hub.name')}</span>
						<span className="hidden text-xs text-slate-600 sm:block">{t('hub.tagline')}</span>
					</span>
					{/* The name people read is the link's name; speech software users say what they see. */}
					<span className="sr-only">{t('layout.homeLink')}</span>
				</Link>
				<div className="flex items-center gap-1.5">
					<LanguageSwitch />
					{user ? (
						<UserMenu user={user} />
					) : (
						<div className="hidden sm:block">
							<VisitorLinks />
						</div>
					)}
				</div>
			</div>
			<div className="container-page relative flex items-center justify-between gap-2 pb-2">
				<nav aria-label={t('nav.label')} className="-mx-1 flex items-center gap-x-1 text-sm font-medium">
					<ul className="flex flex-wrap gap-1">
						{own.map((item) => (
							<li key={item.to}>
								<NavItemLink item={item} />
							</li>
						))}
						{directoryItems.map((item) => (
							<li key={item.to} className="hidden sm:block">
								<NavItemLink item={item} />
							</li>
						))}
					</ul>
					{/* A signed-in person's phone finds the directory in their menu: one menu button in the header is enough. */}
					{user ? null : <PhoneMenu items={directoryItems} />}
				</nav>
				{user ? null : (
					<div className="sm:hidden">
						<VisitorLinks />
					</div>
				)}
			</div>
		</header>
	)
}

export function HubLogo({ className = 'size-9' }: { className?: string }) {
	return (
		<svg aria-hidden="true" viewBox="0 0 36 36" className={className}>
			<rect width="36" height="36" rx="9" fill="var(--color-brand-700)" />
			<circle cx="18" cy="18" r="9.5" fill="none" stroke="var(--color-brand-200)" strokeWidth="2" />
			<circle cx="18" cy="18" r="3.5" fill="#fff" />
			<circle cx="24.7" cy="11.3" r="2.2" fill="var(--color-brand-200)" />
			<circle cx="11.3" cy="24.7" r="2.2" fill="var(--color-brand-200)" />
		</svg>
	)
}
