// The account mails, and what every mail shares. Bodies keep their line
// breaks: mail is plain text, and these are its lines word for word.
export const mail = {
	'mail.signature': '— ATMP Flemingsberg hub',
	'mail.hello': 'Hello {name},',
	'mail.coordinatorComment': 'Comment from the coordinator: {comment}',

	'mail.verifyEmail.subject': 'Confirm your e-mail address',
	'mail.verifyEmail.body':
		'Confirm your e-mail address for ATMP Flemingsberg by opening this link:\n{link}\n\nThe link is valid for 24 hours. If you did not sign up, you can ignore this message.',

	'mail.resetPassword.subject': 'Reset your password',
	'mail.resetPassword.body':
		'Someone (hopefully you) asked to reset the password of your account.\nChoose a new password here: {link}\n\nThe link works once and is valid for one hour.',

	'mail.changeEmail.subject': 'Confirm your new e-mail address',
	'mail.changeEmail.body':
		'Open this link to switch your account to this address: {link}\n\nThe link is valid for 24 hours. Your old address stays in use until you confirm the new one.',

	'mail.accountExists.subject': 'You already have an account',
	'mail.accountExists.body':
		'Someone (hopefully you) tried to sign up for ATMP Flemingsberg with this address, but it already has an account.\n\nLog in: {loginLink}\nForgot your password? {resetLink}\n\nIf this was not you, you can ignore this message.',

	'mail.invitation.subject': 'Invitation to {organization} on ATMP Flemingsberg',
	'mail.invitation.forRequest':
		'The hub of ATMP Flemingsberg has a match request that {organization} may be able to help with. To read it and answer, join {organization} on the portal: you will be its first member and can invite your colleagues.',
	'mail.invitation.body':
		'{inviter} invited you to join {organization}.\nAccept the invitation: {link}\n\nThe invitation is valid for 14 days.',

	'mail.reviewOutcome.approved.subject': 'Published: {listing}',
	'mail.reviewOutcome.approved.body': 'Your change to {listing} was approved and is now published.',
	'mail.reviewOutcome.rejected.subject': 'Changes requested: {listing}',
	'mail.reviewOutcome.rejected.body': 'Your change to {listing} was not approved yet.',
	'mail.reviewOutcome.spam.subject': 'Not published: {listing}',
	'mail.reviewOutcome.spam.body':
		'Your change to {listing} was not published: the hub treated it as spam. If this is a mistake, contact the hub.',
	'mail.reviewOutcome.listings': 'Your listings: {link}',

	'mail.claimDecision.approved.subject': 'You now manage {organization}',
	'mail.claimDecision.approved.body':
		'A coordinator approved your claim: you are now an administrator of {organization} on ATMP Flemingsberg.',
	'mail.claimDecision.approved.members': 'Manage members: {link}',
	'mail.claimDecision.rejected.subject': 'Your claim to {organization}',
	'mail.claimDecision.rejected.body': 'A coordinator could not approve your claim to {organization}.',

	'mail.passwordChanged.subject': 'Your password has been changed',
	'mail.passwordChanged.changed': 'The password of your ATMP Flemingsberg account has just been changed.',
	'mail.passwordChanged.reset':
		'The password of your ATMP Flemingsberg account has just been reset with a link sent to this address.',
	'mail.passwordChanged.body':
		"Every other sign-in of the account has been ended.\n\nWas this not you? Then choose a new password at once here, which signs everyone out:\n{link}\nand tell the hub's coordinators what happened (reply to this message).",

	'mail.emailChanged.subject': 'Your e-mail address has been changed',
	'mail.emailChanged.body':
		"Your ATMP Flemingsberg account now signs in with {newEmail} instead of this address.\nMessages from the hub go there from now on.\n\nWas this not you? Then someone else has access to your account. Reply to this message or contact the hub's coordinators at once, so they can lock the account and give you your address back.",
	// Establishment enquiries from visitors (members are told through the notices).
	'mail.enquiryConfirm.subject': 'Confirm your enquiry to the establishment office',
	'mail.enquiryConfirm.body':
		'Thank you for your enquiry for {company}. Open this link and confirm it, and it goes to the establishment office of ATMP Flemingsberg:\n{link}\n\nThe same link brings you back to the conversation later. Did you not send an enquiry? Then ignore this message: nothing reaches the office unconfirmed, and your contact details are erased after a week.',
	'mail.enquiryAnswered.subject': 'The establishment office has answered: {company}',
	'mail.enquiryAnswered.body': 'The establishment office has answered your enquiry:',
	'mail.enquiryAnswered.link': 'Read the conversation and answer here:\n{link}',
	'mail.enquiryClosed.subject': 'The establishment office has closed your enquiry: {company}',
	'mail.enquiryClosed.body':
		'The establishment office has closed your enquiry for {company}, with this outcome: {outcome}.',
	'mail.enquiryClosed.link': 'The conversation stays readable here:\n{link}',

	// Following the hub's news and events, and registering for events (issue 14).
	'mail.follow.news.subject': 'News from ATMP Flemingsberg: {title}',
	'mail.follow.news.intro': 'The ATMP Flemingsberg hub has published news:',
	'mail.follow.event.subject': 'New event at ATMP Flemingsberg: {title}',
	'mail.follow.event.intro': 'The ATMP Flemingsberg hub has announced an event:',
	'mail.follow.why':
		'You get this mail because you follow the hub’s news or events. To stop, open this link and confirm (no sign-in needed):\n{link}',
	'mail.follow.seatGiven.subject': 'You have a place at {title}',
	'mail.follow.seatGiven.body':
		'A place became free at “{title}” ({when}) and it is yours: you were first on the waiting list. If you cannot come, cancel on the event’s page so the next person can have it.',
	'mail.follow.cancelled.subject': 'Cancelled: {title}',
	'mail.follow.cancelled.body':
		'We are sorry: “{title}” ({when}) is cancelled. Your registration has ended; you need not do anything.',

	// Stale-listing nudges and verification evidence (docs/decisions/044).
	'mail.staleNudge.subject': 'Is {listing} still accurate?',
	'mail.staleNudge.body':
		'Nobody has changed or confirmed {listing} in the ATMP Flemingsberg directory for a while. People choose partners by what it says, so please take a minute to check it.',
	'mail.staleNudge.confirm':
		'Still accurate? Confirm it with one click on this page (no sign-in needed; the link works once, for 30 days):\n{link}',
	'mail.staleNudge.edit': 'Something has changed? Propose an edit (sign in first):\n{link}',
	'mail.capacityNudge.subject': 'Are the suite windows of {listing} still right?',
	'mail.capacityNudge.body':
		'Nobody has changed or confirmed the free, tentative and booked periods of the suites of {listing} for {months} months. Companies plan around them and the hub matches requests by them, so please take a minute to check them.',
	'mail.capacityNudge.confirm':
		'Still right? Confirm them with one click on this page (no sign-in needed; the link works once, for 30 days):\n{link}',
	'mail.capacityNudge.edit':
		'Something has changed? Update the windows in the capacity editor (sign in first):\n{link}',
	'mail.evidenceExpiring.subject': 'Verification evidence expires soon: {listing}',
	'mail.evidenceExpiring.body':
		'The evidence behind the verified badge of {listing} ({licence}, reference {reference}) expires on {date}. After that day the badge disappears. Send the hub the renewed evidence so a coordinator can record it.',
	'mail.evidenceExpiring.general': 'general verification',
} as const
