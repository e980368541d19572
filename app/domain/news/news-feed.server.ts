import { Feed } from 'feed'
import type { Locale } from '~/i18n/locale.ts'
import { t } from '~/i18n/messages.ts'
import type { NewsArticle } from './public-news.server.ts'

// The news as an Atom 1.0 feed, written by the `feed` package: the summary is
// the lead, the content the body as the page shows it (HTML from the one
// Markdown renderer). Every link starts with PUBLIC_URL and names the
// language, so a reader opens the item in the feed's language.

export function newsFeed(articles: readonly NewsArticle[], options: { locale: Locale; baseUrl: string }): string {
	const { locale, baseUrl } = options
	const home = `${baseUrl}/news?lang=${locale}`
	const newest = articles.reduce<string | null>(
		(latest, article) => (latest === null || article.updatedAt > latest ? article.updatedAt : latest),
		null,
	)
	const feed = new Feed({
		title: t(locale, 'news.feedTitle'),
		description: t(locale, 'news.description'),
		id: `${baseUrl}/news.atom?lang=${locale}`,
		link: home,
		language: locale,
		// With no news yet the feed is as old as the epoch: nothing in it has changed.
		updated: new Date(newest ?? 0),
		feedLinks: { atom: `${baseUrl}/news.atom?lang=${locale}` },
		copyright: 'ATMP Flemingsberg',
		generator: 'ATMP Flemingsberg hub portal',
	})
	for (const article of articles) {
		const link = `${baseUrl}/news/${article.slug}?lang=${locale}`
		feed.addItem({
			title: article.title,
			// The item's id does not change with the feed's language: it is the same news.
			id: `${baseUrl}/news/${article.slug}`,
			link,
			description: article.lead,
			content: article.bodyHtml,
			date: new Date(article.updatedAt),
			published: new Date(article.publishedAt),
		})
	}
	return feed.atom1()
}
