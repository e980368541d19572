import type { Locale } from '~/i18n/locale.ts'
import { useT } from '~/i18n/use-t.ts'
import hubTextCss from './hub-text.css?url'

// HTML from the one Markdown renderer (render-markdown.server.ts), which never
// lets raw HTML through: the only place the portal sets inner HTML for texts
// hub staff write. Its style sheet is the page's own (hubTextStyles in the
// route's `links`), not a part of the site-wide one.
export const hubTextStyles = { rel: 'stylesheet', href: hubTextCss } as const

export function HubText({ html, lang }: { html: string; lang: Locale }) {
	return (
		<div
			lang={lang}
			className="hub-text max-w-prose text-lg leading-relaxed break-words text-slate-800"
			dangerouslySetInnerHTML={{ __html: html }}
		/>
	)
}

/** "Only in Swedish": the text beside it is not in the reader's language. */
export function OnlyIn({ locale }: { locale: Locale | null }) {
	return locale ? <OnlyInText locale={locale} /> : null
}

function OnlyInText({ locale }: { locale: Locale }) {
	const { t, languageName } = useT()
	return <p className="text-sm text-slate-600">{t('detail.onlyIn', { language: languageName(locale) })}</p>
}
