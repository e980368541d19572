import { otherLocale } from '../listings/listing-text.ts'
import type { Locale } from '~/i18n/locale.ts'
import { markdownToPlainText, renderMarkdown } from '../content/render-markdown.server.ts'
import { readSitePage } from './read-site-page.server.ts'
import type { SitePageKey } from './site-page-keys.ts'

export interface ShownSitePage {
	key: SitePageKey
	title: string
	lead: string
	/** The body as HTML from the one Markdown renderer: safe to insert. */
	html: string
	/** For the meta description: the lead, or the body's start when there is no lead. */
	description: string
	/** The language the page is written in, for its `lang` attribute. */
	lang: Locale
	/** Not the visitor's language: the page says it is only in `lang`. */
	otherLanguage: boolean
	updatedAt: string | null
}

const DESCRIPTION_LENGTH = 200

/** A page for a visitor reading `visitor`: in their language when it is written, else in the other one, saying so. */
export async function showSitePage(key: SitePageKey, visitor: Locale): Promise<ShownSitePage> {
	const page = await readSitePage(key)
	const other = otherLocale(visitor)
	const lang: Locale = page.texts[visitor] ? visitor : page.texts[other] ? other : visitor
	const text = page.texts[lang] ?? { title: '', lead: '', body: '' }
	const description = text.lead || markdownToPlainText(text.body)
	return {
		key,
		title: text.title,
		lead: text.lead,
		html: renderMarkdown(text.body),
		description:
			description.length > DESCRIPTION_LENGTH ? `${description.slice(0, DESCRIPTION_LENGTH - 1)}…` : description,
		lang,
		otherLanguage: lang !== visitor,
		updatedAt: page.updatedAt?.toISOString() ?? null,
	}
}
