// The saved-search alert digest mail (server only).
export const alertsMail = {
	'alertsMail.subject': 'New in the ATMP Flemingsberg hub for your saved searches',
	'alertsMail.intro': 'Here is what is new since our last mail.',
	'alertsMail.search': 'Your search “{name}”:',
	'alertsMail.new': 'new',
	'alertsMail.changed': 'changed',
	'alertsMail.more': 'And more: see them all at {link}',
	'alertsMail.openCalls': 'Open calls that fit your organisation:',
	'alertsMail.events': 'New events:',
	'alertsMail.offers': 'New and changed establishment offers:',
	'alertsMail.settings': 'Change how often you get these mails: {link}',
	'alertsMail.why':
		'You get this mail because you saved searches with alerts. To stop all of them, open this link and confirm (no sign-in needed):\n{link}',
} as const
