import type { Translation } from '../messages.ts'
import type { news as english } from '../en/news.ts'

export const news: Translation<typeof english> = {
	'news.title': 'Nyheter',
	'news.intro': 'Vad som händer i ATMP Flemingsberg: nya lokaler, nya partner och hubbens milstolpar.',
	'news.empty': 'Inga nyheter ännu.',
	'news.published': 'Publicerad {date}',
	'news.readMore': 'Läs ”{title}”',
	'news.feed': 'Nyhetsflöde (Atom)',
	'news.feedTitle': 'Nyheter från ATMP Flemingsberg',
	'news.feedHint': 'Följ nyheterna i din flödesläsare.',
	'news.back': 'Alla nyheter',
	'news.description': 'Nyheter från ATMP Flemingsberg, hubben för avancerade terapier i södra Stockholm.',
}
