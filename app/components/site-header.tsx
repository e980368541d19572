import { Link, NavLink } from '@remix-run/react'
import type { LayoutUser } from '~/domain/accounts/layout-user.server.ts'
import { listPath } from '~/domain/directory/types.ts'
import type { PlainMessageKey } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'
import { LanguageSwitch } from './language-switch.tsx'
import { UserMenu, VisitorLinks } from './user-menu.tsx'

const navItems: ReadonlyArray<{ to: string; label: PlainMessageKey }> = [
	{ to: listPath('organization'), label: 'nav.organizations' },
	{ to: listPath('lab'), label: 'nav.labs' },
	{ to: listPath('facility'), label: 'nav.facilities' },
	{ to: listPath('expert'), label: 'nav.experts' },
	{ to: '/search', label: 'nav.search' },
]

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

/**
 * Two rows at every width: the logo with language and account controls,
 * then the directory's navigation. With the account controls in the header a
 * single row no longer fits the Swedish labels at laptop widths, and a row
 * that wraps item by item looked accidental.
 */
export function SiteHeader({ user }: { user: LayoutUser | null }) {
	const { t } = useT()
	return (
		<header className="border-b border-slate-200 bg-white">
			<div className="container-page relative flex flex-wrap items-center justify-between gap-x-4 gap-y-2 pt-3 pb-2">
				<Link to="/" className="flex shrink-0 items-center gap-3 rounded-lg">
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
					{user ? <UserMenu user={user} /> : <VisitorLinks />}
				</div>
			</div>
			<div className="container-page pb-2">
				<nav aria-label={t('nav.label')} className="-mx-1">
					<ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm font-medium">
						{navItems.map((item) => (
							<li key={item.to}>
								<NavLink
									to={item.to}
									className={({ isActive }) =>
										`block rounded-lg px-2.5 py-2 sm:px-3 ${isActive ? 'bg-brand-50 text-brand-800' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900'}`
									}
								>
									{t(item.label)}
								</NavLink>
							</li>
						))}
					</ul>
				</nav>
			</div>
		</header>
	)
}
