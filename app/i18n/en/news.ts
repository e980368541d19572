// The hub's news as visitors read it: /news, /news/<slug> and the Atom feed.
export const news = {
	'news.title': 'News',
	'news.intro': 'What is happening at ATMP Flemingsberg: new space, new partners and milestones of the hub.',
	'news.empty': 'No news yet.',
	'news.published': 'Published {date}',
	'news.readMore': 'Read “{title}”',
	'news.feed': 'News feed (Atom)',
	'news.feedTitle': 'ATMP Flemingsberg news',
	'news.feedHint': 'Follow the news in your feed reader.',
	'news.back': 'All news',
	'news.description': 'News from ATMP Flemingsberg, the advanced-therapy hub in south Stockholm.',
} as const
