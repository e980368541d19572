// The member's digest mail (server only): saved-search alerts, notices, followed news and hub news.
export const alertsMail = {
	'alertsMail.subject': 'Your digest from the ATMP Flemingsberg hub',
	'alertsMail.intro': 'Here is what is new since our last digest.',
	'alertsMail.search': 'Your search “{name}”:',
	'alertsMail.new': 'new',
	'alertsMail.changed': 'changed',
	'alertsMail.more': 'And more: see them all at {link}',
	'alertsMail.notices': 'Unread in your notifications:',
	'alertsMail.followedNews': 'News you follow:',
	'alertsMail.followedEvents': 'Events you follow:',
	'alertsMail.openCalls': 'Open calls that fit your organisation:',
	'alertsMail.events': 'New events:',
	'alertsMail.offers': 'New and changed establishment offers:',
	'alertsMail.settings': 'Choose what goes into this digest, and how often it comes: {link}',
	'alertsMail.why':
		'You get this digest because of your saved searches and notification settings. To stop all digest mail, open this link and confirm (no sign-in needed):\n{link}',
} as const
