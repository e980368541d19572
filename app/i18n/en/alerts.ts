// Saved searches, their alerts and the notification settings on /account/alerts (issue 15).
export const alerts = {
	'alerts.title': 'Saved searches and notifications',
	'alerts.intro':
		'Searches you keep, how often we tell you of new matches, and how every other kind of news reaches you.',
	'alerts.nav': 'Saved searches and notification settings',
	'alerts.accountSummary.one': 'You have {count} saved search.',
	'alerts.accountSummary.other': 'You have {count} saved searches.',
	'alerts.accountSummary.none': 'Save a search from the search page or a list to hear when something new matches it.',

	'alerts.saved.title': 'Saved searches',
	'alerts.saved.accountCard':
		'Searches you saved tell you when new listings match them; choose for each kind of news whether it comes by mail now, in a digest, in the portal only, or not at all.',
	'alerts.saved.intro':
		'We look for new and changed listings that match each search. “Immediately” means at our next look, every 10 minutes; daily and weekly alerts gather a day’s or a week’s news in one mail. A mail is sent only when something is new.',
	'alerts.saved.empty': 'No saved searches yet. Search the directory and choose “Save this search”.',
	'alerts.saved.toSearch': 'Search the directory',
	'alerts.saved.name': 'Name',
	'alerts.saved.frequency': 'Alerts',
	'alerts.saved.update': 'Save changes',
	'alerts.saved.updating': 'Saving…',
	'alerts.saved.delete': 'Delete',
	'alerts.saved.deleting': 'Deleting…',
	'alerts.saved.updated': 'Saved search “{name}” changed.',
	'alerts.saved.deleted': 'Saved search deleted.',
	'alerts.saved.created': 'Search saved. Choose below how often you hear of new matches.',
	'alerts.saved.lastSent': 'Last alert {date}',
	'alerts.saved.neverSent': 'No alert sent yet',
	'alerts.saved.limit': 'You can keep up to {limit} saved searches.',
	'alerts.saved.muted':
		'Saved-search alerts are off in your notification settings below: no alert is mailed, whatever each search says.',
	'alerts.saved.retry': 'Save the search again',
	'alerts.frequency.immediately': 'Immediately',
	'alerts.frequency.daily': 'Daily',
	'alerts.frequency.weekly': 'Weekly',
	'alerts.frequency.off': 'Off',

	'alerts.settings.title': 'Notification settings',
	'alerts.settings.intro': 'How each kind of news reaches you. The choices mean:',
	'alerts.settings.explain.mail': 'By mail now: shown under Notifications, and a mail goes out at once.',
	'alerts.settings.explain.digest':
		'In a digest: shown under Notifications at once; instead of a mail each time, it is listed in your next digest, one mail that gathers everything new (only what you have not read by then).',
	'alerts.settings.explain.portal': 'In the portal: shown under Notifications only, never mailed.',
	'alerts.settings.explain.off': 'Off: nothing at all.',
	'alerts.settings.digestFrequency': 'How often your digest comes',
	'alerts.settings.digestFrequency.hint':
		'Your digest comes at most once a day or once a week, and only when something is new. A saved search set to “Immediately” or “Daily” brings it sooner, with everything else that is waiting.',
	'alerts.digestFrequency.daily': 'Daily',
	'alerts.digestFrequency.weekly': 'Weekly',
	'alerts.settings.digestNote':
		'Every digest ends with a link that stops all digest mail at once; you can change everything here again later.',
	'alerts.settings.save': 'Save settings',
	'alerts.settings.saving': 'Saving…',
	'alerts.settings.saved': 'Notification settings saved.',
	'alerts.kind.requestNews': 'News of your match requests',
	'alerts.kind.requestNews.hint': 'Answers, questions, introductions and messages about requests you follow.',
	'alerts.kind.routes': 'Requests for you to answer',
	'alerts.kind.routes.hint': 'Requests the hub sends your organisation, their reminders and their closing.',
	'alerts.kind.reviews': 'Review decisions',
	'alerts.kind.reviews.hint': 'When a coordinator publishes or sends back a listing you proposed.',
	'alerts.kind.claimsInvitations': 'Claims and invitations',
	'alerts.kind.claimsInvitations.hint':
		'Decisions on your claims of an organisation, and invitations to join one (the invitation mail always goes: its link is the way to accept).',
	'alerts.kind.following': 'News and events you follow',
	'alerts.kind.following.hint':
		'When the hub publishes news or events you follow: one mail each, or all of them listed in your digest.',
	'alerts.kind.savedSearches': 'Saved-search alerts',
	'alerts.kind.savedSearches.hint':
		'New and changed listings that match your saved searches, as often as each search says.',
	'alerts.kind.hubNews': 'Hub news',
	'alerts.kind.hubNews.hint':
		'New open calls that fit your organisation, new events and establishment offers, listed in your digest even if you have no saved search.',
	'alerts.delivery.following.mail': 'By mail, one for each item',
	'alerts.delivery.portal': 'In the portal',
	'alerts.delivery.mail': 'By mail now (and in the portal)',
	'alerts.delivery.digest': 'In a digest',
	'alerts.delivery.off': 'Off',

	// In-portal notices of decisions about a person (their mail says more).
	'notice.review.approved.subject': 'Published: {title}',
	'notice.review.approved.body': 'A coordinator approved your changes to {title}; they are published now.',
	'notice.review.rejected.subject': 'Not published: {title}',
	'notice.review.rejected.body':
		'A coordinator sent your changes to {title} back. Your listings page says what to do next.',
	'notice.claim.approved.subject': 'Your claim of {title} was approved',
	'notice.claim.approved.body': 'You are now an admin of {title} and can invite its people.',
	'notice.claim.rejected.subject': 'Your claim of {title} was not approved',
	'notice.claim.rejected.body': 'A coordinator did not approve your claim of {title}. The mail we sent says why.',
	'notice.invitation.received.subject': 'Invitation to join {title}',
	'notice.invitation.received.body':
		'{provider} invited you to join {title}. Accept with the link in the mail we sent you.',
} as const
