import { useT } from '~/i18n/use-t.ts'
import { DirectoryLinks } from './directory/directory-links.tsx'
import { HubLogo } from './site-header.tsx'

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
				<nav aria-label={t('footer.directory')}>
					<h2 className="text-sm font-semibold text-white">{t('footer.directory')}</h2>
					<DirectoryLinks
						className="mt-3 space-y-2 text-sm"
						linkClassName="text-brand-100 underline-offset-4 hover:text-white hover:underline"
					/>
				</nav>
			</div>
		</footer>
	)
}
