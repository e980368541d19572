import { Link, useLocation } from '@remix-run/react'
import { locales } from '~/i18n/locale.ts'
import { useT } from '~/i18n/use-t.ts'
import { hrefWith } from './href.ts'

/**
 * Links to this same page in each language; ?lang= also saves the choice in a cookie.
 * A full page load: the browser holds the texts of one language only.
 */
export function LanguageSwitch() {
	const { t, locale } = useT()
	const location = useLocation()
	return (
		<nav aria-label={t('language.label')}>
			<ul className="flex items-center gap-1 rounded-lg bg-slate-100 p-1 text-sm">
				{locales.map((code) => {
					const current = code === locale
					return (
						<li key={code}>
							<Link
								to={hrefWith(location, { lang: code })}
								reloadDocument
								lang={code}
								hrefLang={code}
								aria-current={current ? 'true' : undefined}
								className={`block rounded-md px-2 py-1 font-medium sm:px-2.5 ${current ? 'bg-white text-brand-800 shadow-sm' : 'text-slate-700 hover:text-brand-800'}`}
							>
								{/* Narrow screens show the code; the accessible name is always the full name. */}
								<span aria-hidden="true" className="sm:hidden">
									{t(code === 'en' ? 'language.enShort' : 'language.svShort')}
								</span>
								<span className="sr-only sm:not-sr-only">{t(code === 'en' ? 'language.en' : 'language.sv')}</span>
							</Link>
						</li>
					)
				})}
			</ul>
		</nav>
	)
}
