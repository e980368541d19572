import { Link } from '@remix-run/react'
import type { LayoutUser } from '~/domain/accounts/layout-user.server.ts'
import type { PlainMessageKey } from '~/i18n/messages.ts'
import { mayActForEstablishmentOffice } from '~/domain/auth/establishment-office.ts'
import { isStaff } from '~/domain/auth/permissions.ts'
import { useClosingDetails } from './closing-details.ts'
import { directoryItems } from './directory-nav.ts'
import { SolidIcon } from './icon.tsx'
import { memberPages } from './member-nav.tsx'
import { useT } from '~/i18n/use-t.ts'

// The signed-in user's menu, a <details> element (useClosingDetails).
// Logging out is a POST form, never a link. Only members see it, so the site
// header loads it on demand (on-demand.tsx): a visitor's page does not carry it.

interface MenuLink {
	to: string
	label: PlainMessageKey
	/** Only on phones, where the header has no room for the directory. */
	phoneOnly?: boolean
}

function menuLinks(user: LayoutUser): MenuLink[] {
	const links: MenuLink[] = [...memberPages, { to: '/open-calls', label: 'userMenu.openCalls' }]
	if (isStaff(user)) {
		links.push({ to: '/coordinator', label: 'userMenu.coordinator' })
	}
	if (mayActForEstablishmentOffice(user)) links.push({ to: '/establish/enquiries', label: 'userMenu.enquiries' })
	if (user.platformRole === 'platform_admin') links.push({ to: '/admin/mail', label: 'userMenu.mail' })
	links.push(...directoryItems.map((item) => ({ ...item, phoneOnly: true })))
	return links
}

const roleLabels: Record<LayoutUser['platformRole'], PlainMessageKey | null> = {
	user: null,
	coordinator: 'userMenu.roleCoordinator',
	platform_admin: 'userMenu.rolePlatformAdmin',
}

function initials(name: string) {
	const parts = name
		.trim()
		.split(/\s+/)
		.filter((part) => /^\p{L}/u.test(part))
	return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?'
}

export function UserMenu({ user }: { user: LayoutUser }) {
	const { t, tCount } = useT()
	const menu = useClosingDetails()

	const role = roleLabels[user.platformRole]
	return (
		<details ref={menu} className="group sm:relative">
			<summary className="flex min-h-10 cursor-pointer list-none items-center gap-2 rounded-lg px-1.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
				<span
					aria-hidden="true"
					className="relative flex size-8 items-center justify-center rounded-full bg-brand-700 text-xs font-bold text-white"
				>
					{initials(user.name)}
					{user.unreadNotifications ? (
						<span className="absolute -top-1 -right-1 size-3 rounded-full bg-amber-500 ring-2 ring-white" />
					) : null}
				</span>
				{/* The name is inside the menu; the header row has no room to spare. */}
				<span className="sr-only">
					{t('userMenu.label')}
					{user.unreadNotifications ? ` (${tCount('userMenu.unread', user.unreadNotifications)})` : ''}
				</span>
				<SolidIcon
					path="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z"
					className="hidden size-4 text-slate-500 transition group-open:rotate-180 sm:block"
				/>
			</summary>
			{/* Narrow screens: as wide as the page, under the header row; wider: a dropdown under the button. */}
			<div className="absolute inset-x-4 z-40 mt-2 rounded-xl border border-slate-200 bg-white p-2 shadow-lg sm:inset-x-auto sm:right-0 sm:w-72">
				<div className="border-b border-slate-100 px-3 pt-1 pb-3">
					<p className="font-semibold text-slate-900">{user.name}</p>
					{role ? <p className="text-xs font-medium text-brand-700">{t(role)}</p> : null}
					{user.organizations.length ? (
						<p className="mt-1 text-xs text-slate-600">
							{user.organizations.map((organization) => organization.name).join(', ')}
						</p>
					) : null}
				</div>
				<nav aria-label={t('userMenu.label')}>
					<ul className="py-1 text-sm">
						{menuLinks(user).map((link) => (
							<li key={link.to} className={link.phoneOnly ? 'sm:hidden' : undefined}>
								<Link
									to={link.to}
									className="block rounded-lg px-3 py-2 text-slate-800 hover:bg-brand-50 hover:text-brand-800"
								>
									{t(link.label)}
									{link.to === '/notifications' && user.unreadNotifications ? (
										<span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
											{user.unreadNotifications}
										</span>
									) : null}
								</Link>
							</li>
						))}
					</ul>
				</nav>
				<form method="post" action="/logout" className="border-t border-slate-100 pt-1">
					<button
						type="submit"
						className="block w-full rounded-lg px-3 py-2 text-left text-sm font-medium text-slate-800 hover:bg-slate-100"
					>
						{t('userMenu.logout')}
					</button>
				</form>
			</div>
		</details>
	)
}
