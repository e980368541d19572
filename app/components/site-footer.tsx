import { Link } from '@remix-run/react'
import type { SitePageKey } from '~/domain/site-pages/site-page-keys.ts'
import { useT } from '~/i18n/use-t.ts'
import { DirectoryLinks } from './directory/directory-links.tsx'
import { HubLogo } from './site-header.tsx'

// The hub's own pages, written out here rather than imported: a shared module
// of its own would be one more script on every page (docs/decisions/027).
const hubPages = Object.keys({ about: 1, contact: 1, privacy: 1 } satisfies Record<SitePageKey, 1>) as SitePageKey[]
const hubLinks = [
	{ to: '/establish', label: 'footer.page.establish' },
	{ to: '/news', label: 'footer.page.news' },
	{ to: '/events', label: 'footer.page.events' },
	{ to: '/map', label: 'footer.page.map' },
	...hubPages.map((key) => ({ to: `/${key}`, label: `footer.page.${key}` as const })),
] as const

const linkClassName = 'text-brand-100 underline-offset-4 hover:text-white hover:underline'
const headingClassName = 'text-sm font-semibold text-white'

export function SiteFooter() {
	const { t } = useT()
	return (
		<footer className="on-dark mt-20 bg-brand-950 text-brand-100">
			<div className="container-page grid gap-10 py-12 md:grid-cols-[2fr_1fr]">
				<div className="max-w-xl">
					<p className="flex items-center gap-3 text-base font-semibold text-white">
						<HubLogo className="size-8" />
						{t('hub.name')}
					</p>
					<p className="mt-4 text-sm leading-relaxed">{t('footer.about')}</p>
					<p className="mt-4 text-xs leading-relaxed text-brand-200">{t('footer.neighbours')}</p>
				</div>
				<div className="grid gap-10 sm:grid-cols-2">
					<nav aria-label={t('footer.directory')}>
						<h2 className={headingClassName}>{t('footer.directory')}</h2>
						<DirectoryLinks className="mt-3 space-y-2 text-sm" linkClassName={linkClassName} />
					</nav>
					<nav aria-label={t('footer.hub')}>
						<h2 className={headingClassName}>{t('footer.hub')}</h2>
						<ul className="mt-3 space-y-2 text-sm">
							{hubLinks.map(({ to, label }) => (
								<li key={to}>
									<Link to={to} className={linkClassName}>
										{t(label)}
									</Link>
								</li>
							))}
						</ul>
					</nav>
				</div>
			</div>
		</footer>
	)
}
