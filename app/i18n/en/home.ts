// The member home: what waits for a signed-in member, and what to do next.
export const home = {
	'memberHome.title': 'Your home',
	'memberHome.intro': 'What waits for you and your organisation in the hub.',

	'memberHome.requestsHeading': 'Your requests',
	'memberHome.requestsEmpty': 'Your organisation has no open requests.',
	'memberHome.requestsNew': 'Ask the hub for a partner',
	'memberHome.requestsAll': 'All your requests',
	'memberHome.news.one': '{count} new',
	'memberHome.news.other': '{count} new',
	'memberHome.interested.one': '{count} provider interested',
	'memberHome.interested.other': '{count} providers interested',

	'memberHome.routesHeading': 'Waiting for your organisation',
	'memberHome.routesEmpty': 'No request waits for an answer from your organisation.',
	'memberHome.routesAll': 'Open the inbox',
	'memberHome.stepAcceptTerms': 'Accept the terms to read it, then answer',
	'memberHome.stepAnswer': 'Give your answer',
	'memberHome.forProvider': 'For {provider}',

	'memberHome.openCallsHeading': 'Open calls for you',
	'memberHome.openCallsIntro': 'Open calls that ask for a service or modality your listings offer.',
	'memberHome.openCallsEmpty': 'No open call asks for what your organisation offers right now.',
	'memberHome.openCallsAll': 'All open calls',
	'memberHome.openCallFits': 'Fits: {needs}',
	'memberHome.openCallAnswered': 'Your organisation has said it is interested.',

	'memberHome.notificationsHeading': 'Recent notifications',
	'memberHome.notificationsEmpty': 'No notifications yet.',
	'memberHome.notificationsAll': 'All notifications',

	'memberHome.nextStepHeading': 'Next step',
	'memberHome.step.confirm-email':
		'Confirm your e-mail address with the link we sent you. Then you can act for an organisation.',
	'memberHome.step.register-organization':
		'Register your organisation to publish listings and ask for partners. If it is already in the hub, ask one of its admins to invite you.',
	'memberHome.step.register-organization.link': 'Register your organisation',
	'memberHome.step.register-organization.join': 'Find your organisation',
	'memberHome.step.first-review-waiting':
		'{organization} waits for a coordinator’s review. You will get an e-mail when it is published.',
	'memberHome.step.first-review-sent-back':
		'A coordinator sent {organization} back with a comment. Read it and send the listing again.',
	'memberHome.step.first-review-sent-back.link': 'Open your listings',
	'memberHome.step.add-listing':
		'{organization} has no lab or facility listed yet. Add one so that requests that fit can reach you.',
	'memberHome.step.add-listing.facility': 'Add a GMP facility',
	'memberHome.step.add-listing.lab': 'Add a lab',
} as const
