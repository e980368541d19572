// What happens to a match request, told in the app and by mail with the same words.
export const notifications = {
	'notifications.title': 'Notifications',
	'notifications.empty': 'Nothing new.',
	'notifications.markRead': 'Mark all as read',
	'notifications.unread': 'New',

	'notice.request.submitted.subject': 'New match request: {title}',
	'notice.request.submitted.body':
		'A member has submitted a new match request. Suggested providers are ready for triage.',
	'notice.route.received.subject': 'A request from the hub: {title}',
	'notice.route.received.body':
		'The hub thinks {provider} may be able to help with this request. Read the teaser below, then open the request to see it in full and answer.',
	'notice.route.reminder.subject': 'Reminder: {title}',
	'notice.route.reminder.body':
		'The hub sent {provider} this request and is still waiting for your answer. Even a short “no” helps.',
	'notice.route.answered.interested.subject': '{provider} is interested: {title}',
	'notice.route.answered.interested.body':
		'{provider} is interested in the request. The requester can now accept the introduction.',
	'notice.route.answered.declined.subject': '{provider} declined: {title}',
	'notice.route.answered.declined.body':
		'{provider} cannot help with this request. Consider sending it to the next candidate.',
	'notice.route.answered.question.subject': 'Question from {provider}: {title}',
	'notice.route.answered.question.body': '{provider} has a question about the request before answering.',
	'notice.route.expired.subject': 'No answer from {provider}: {title}',
	'notice.route.expired.body':
		'{provider} did not answer in time and the route has expired. Consider sending the request to someone else.',
	'notice.introduction.made.subject': 'Introduction: {title}',
	'notice.introduction.made.body':
		'The requester accepted the introduction to {provider}. You can now see each other’s contact details and write to each other.',
	'notice.thread.message.subject': 'New message: {title}',
	'notice.thread.message.body': 'There is a new message in the conversation about this request with {provider}.',
	'notice.request.closed.subject': 'Request closed: {title}',
	'notice.request.closed.body': 'The requester has closed this request. Thank you for your time; no answer is needed.',
	'notice.openCall.interest.subject': '{provider} answered an open call: {title}',
	'notice.openCall.interest.body': '{provider} says it is interested in this open call.',
	// Invitations from triage, and the next candidate after a decline or an expiry (issue 15).
	'notice.suggestedNext': 'Suggested next: {next}, the best-placed candidate that can still be asked.',
	'notice.invitation.accepted.subject': '{provider} joined the portal: {title}',
	'notice.invitation.accepted.body':
		'Someone at {provider} accepted the hub’s invitation. You can now send them this request from its triage page.',
} as const
