import type { Locale } from '~/i18n/locale.ts'
import { useT } from '~/i18n/use-t.ts'

// HTML from the one Markdown renderer (render-markdown.server.ts), which never
// lets raw HTML through: the only place the portal sets inner HTML for texts
// hub staff write. Styled here, since the site has no typography plugin.
const textStyle = [
	'max-w-prose text-lg leading-relaxed text-slate-800 break-words',
	'[&_p]:mt-4 [&_p:first-child]:mt-0',
	'[&_h2]:mt-8 [&_h2]:text-2xl [&_h2]:font-bold [&_h3]:mt-6 [&_h3]:text-xl [&_h3]:font-semibold',
	'[&_h4]:mt-5 [&_h4]:font-semibold [&_ul]:mt-4 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:mt-4 [&_ol]:list-decimal [&_ol]:pl-6',
	'[&_a]:text-brand-800 [&_a]:underline [&_blockquote]:mt-4 [&_blockquote]:border-l-4 [&_blockquote]:pl-4',
	'[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_pre]:mt-4 [&_pre]:overflow-x-auto',
].join(' ')

export function HubText({ html, lang }: { html: string; lang: Locale }) {
	return <div lang={lang} className={textStyle} dangerouslySetInnerHTML={{ __html: html }} />
}

/** "Only in Swedish": the text beside it is not in the reader's language. */
export function OnlyIn({ locale }: { locale: Locale | null }) {
	return locale ? <OnlyInText locale={locale} /> : null
}

function OnlyInText({ locale }: { locale: Locale }) {
	const { t, languageName } = useT()
	return <p className="text-sm text-slate-600">{t('detail.onlyIn', { language: languageName(locale) })}</p>
}
