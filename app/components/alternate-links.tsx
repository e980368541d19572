import { useLocation } from '@remix-run/react'
import { locales } from '~/i18n/locale.ts'
import { hrefWith } from './href.ts'

/** hreflang alternates of the current address; x-default leaves the choice to the visitor's browser. */
export function AlternateLinks({ origin }: { origin: string }) {
	const location = useLocation()
	return (
		<>
			{locales.map((code) => (
				<link key={code} rel="alternate" hrefLang={code} href={origin + hrefWith(location, { lang: code })} />
			))}
			<link rel="alternate" hrefLang="x-default" href={origin + hrefWith(location, { lang: null })} />
		</>
	)
}
