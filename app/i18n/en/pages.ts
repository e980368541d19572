// The hub's own pages (about, contact, privacy) as every visitor meets them:
// the footer's links and what the pages say around their text.
export const pages = {
	'sitePages.footer.heading': 'The hub',
	'sitePages.link.about': 'About the hub',
	'sitePages.link.contact': 'Contact',
	'sitePages.link.privacy': 'Privacy and cookies',
	'sitePages.updated': 'Last updated {date}',
} as const
