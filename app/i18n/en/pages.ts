// The hub's own pages (about, contact, privacy) as every visitor meets them:
// the footer's links and what the pages say around their text.
export const pages = {
	'footer.hub': 'The hub',
	'footer.page.establish': 'Establish in Flemingsberg',
	'footer.page.news': 'News',
	'footer.page.events': 'Events',
	'footer.page.map': 'Campus map',
	'footer.page.about': 'About the hub',
	'footer.page.contact': 'Contact',
	'footer.page.privacy': 'Privacy and cookies',
	'pages.updated': 'Last updated {date}',
} as const
