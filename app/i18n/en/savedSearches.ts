// The "Save this search" form on the search pages, its checks, and the
// unsubscribe page of alert mails: public pages, so a small part of its own.
export const savedSearches = {
	'savedSearches.save.title': 'Save this search',
	'savedSearches.save.hint': 'Keep it on your account and get a mail when new listings match it.',
	'savedSearches.save.name': 'Name',
	'savedSearches.save.submit': 'Save this search',
	'savedSearches.save.pending': 'Saving…',
	'savedSearches.save.signIn': 'Sign in to save this search and get alerts',
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

	'alertsUnsubscribe.title': 'Stop saved-search alerts',
	'alertsUnsubscribe.question': 'Stop the alert mails of your saved searches?',
	'alertsUnsubscribe.searches.one':
		'This turns the alerts of {count} saved search off. The search itself stays on your account.',
	'alertsUnsubscribe.searches.other':
		'This turns the alerts of {count} saved searches off. The searches themselves stay on your account.',
	'alertsUnsubscribe.confirm': 'Stop these mails',
	'alertsUnsubscribe.done': 'Done: your saved searches send no more alerts.',
	'alertsUnsubscribe.doneHint':
		'Changed your mind? Signed in, you can turn them on again under Saved searches on your account.',
	'alertsUnsubscribe.invalid': 'This link no longer stops anything: it was used already, or its alerts are off.',
	'alertsUnsubscribe.toAccount': 'Your saved searches',
} as const
