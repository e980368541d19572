// The member's "Save this search" form on the search pages, its checks, and the
// unsubscribe page of alert mails: public pages, so a small part of its own.
export const savedSearches = {
	'savedSearches.save.title': 'Save this search',
	'savedSearches.save.hint': 'Keep it on your account and get a mail when new listings match it.',
	'savedSearches.save.name': 'Name',
	'savedSearches.save.submit': 'Save this search',
	'savedSearches.save.pending': 'Saving…',
	'savedSearches.save.manage': 'Your saved searches',

	'alerts.check.frequency': 'Choose how often you want alerts.',
	'alerts.check.nameRequired': 'Give the search a name.',
	'alerts.check.nameTooLong': 'Use at most {max} characters.',
	'alerts.check.query': 'This is not a search the search page can run. Start the search again and save it from there.',
	'alerts.check.notFound': 'That saved search does not exist (any more).',
	'alerts.check.delivery': 'Choose one of the options.',
	'rule:saved-search-not-found': 'That saved search does not exist (any more).',
	'rule:saved-search-limit':
		'You already have {limit} saved searches, the most one account can keep. Delete one first.',

	'alertsUnsubscribe.title': 'Stop digest mail',
	'alertsUnsubscribe.question': 'Stop all digest mail from the hub?',
	'alertsUnsubscribe.stops': 'This stops:',
	'alertsUnsubscribe.searches.one': 'the alerts of {count} saved search (the search itself stays on your account)',
	'alertsUnsubscribe.searches.other':
		'the alerts of {count} saved searches (the searches themselves stay on your account)',
	'alertsUnsubscribe.kind.requestNews': 'news of your match requests in the digest (it stays under Notifications)',
	'alertsUnsubscribe.kind.routes': 'requests for you to answer in the digest (they stay under Notifications)',
	'alertsUnsubscribe.kind.reviews': 'review decisions in the digest (they stay under Notifications)',
	'alertsUnsubscribe.kind.claimsInvitations':
		'claims and invitations in the digest (they stay under Notifications; an invitation’s own mail still comes)',
	'alertsUnsubscribe.kind.following': 'the news and events you follow',
	'alertsUnsubscribe.kind.hubNews': 'hub news: open calls that fit your organisation, new events and offers',
	'alertsUnsubscribe.other': 'Mail sent at once (where you chose “By mail now”) is not affected.',
	'alertsUnsubscribe.confirm': 'Stop these mails',
	'alertsUnsubscribe.done': 'Done: you get no more digest mail.',
	'alertsUnsubscribe.doneHint':
		'Changed your mind? Signed in, you can turn your saved-search alerts and digest back on under Saved searches and notifications on your account.',
	'alertsUnsubscribe.invalid': 'This link no longer stops anything: it was used already, or the digest is already off.',
	'alertsUnsubscribe.toAccount': 'Your saved searches and notification settings',
} as const
