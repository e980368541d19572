// Stale-listing nudges (docs/decisions/044): the coordinators' list of stale
// listings and the page a nudge mail's confirmation link opens.
export const stale = {
	'coordinator.nav.stale': 'Stale listings',
	'stale.title': 'Stale listings',
	'stale.intro':
		'Published listings that nobody has edited or confirmed for {months} months, the longest first. Their people are asked once a period whether the listing is still accurate; ask again, or archive what is gone.',
	'stale.empty': 'No listing is stale: every published listing was edited or confirmed in the last {months} months.',
	'stale.count.one': '{count} stale listing',
	'stale.count.other': '{count} stale listings',
	'stale.lastEdited': 'Last edited',
	'stale.published': 'Published',
	'stale.confirmed': 'Last confirmed',
	'stale.nudged': 'Last asked',
	'stale.never': 'never',
	'stale.notAskedYet': 'not asked yet',
	'stale.nudge': 'Ask again',
	'stale.archive': 'Archive',
	'stale.done.nudged': 'The listing’s people were asked again whether it is still accurate.',
	'stale.done.archived': 'The listing was archived. You can restore it from its page under Listings.',
	'stale.done.capacityNudged': 'The facility’s people were asked again whether its suite windows are still right.',

	'stale.capacity.heading': 'Capacity windows out of date',
	'stale.capacity.intro':
		'GMP facilities whose suites and windows nobody has changed or confirmed for {months} months, the longest first. Their people are asked once a period whether the windows are still right; ask again, or update the calendar yourself.',
	'stale.capacity.empty': 'Every facility’s capacity windows were changed or confirmed in the last {months} months.',
	'stale.capacity.count.one': '{count} facility with windows out of date',
	'stale.capacity.count.other': '{count} facilities with windows out of date',
	'stale.capacity.suites': 'Suites',
	'stale.capacity.lastCurrent': 'Last changed or confirmed',
	'stale.capacity.edit': 'Capacity calendar',

	'stale.confirm.title': 'Is {listing} still accurate?',
	'stale.confirm.intro':
		'If what the ATMP Flemingsberg directory says about {listing} is still right, confirm it here. The hub will not ask again for {months} months.',
	'stale.confirm.button': 'Yes, it is still accurate',
	'stale.confirm.edit': 'Something has changed? Propose an edit',
	'stale.confirm.invalidTitle': 'This link no longer works',
	'stale.confirm.invalidBody':
		'It was already used, it expired, or the listing is no longer in the directory. Sign in to check your listings.',
	'stale.confirm.myListings': 'Go to my listings',
	'stale.confirm.doneTitle': 'Thank you',
	'stale.confirm.doneBody': '{listing} is confirmed as still accurate.',
	'stale.confirm.capacityTitle': 'Are the suite windows of {listing} still right?',
	'stale.confirm.capacityIntro':
		'If the free, tentative and booked periods of the suites of {listing} are still right, confirm it here. The hub will not ask again for {months} months.',
	'stale.confirm.capacityButton': 'Yes, the windows are right',
	'stale.confirm.capacityEdit': 'Something has changed? Update the windows',
	'stale.confirm.capacityDoneBody': 'The suite windows of {listing} are confirmed as current.',
} as const
