// Error pages, and the answers the server gives before the app runs (docs/decisions/013-http-edge.md).
export const errors = {
	'error.notFound.title': 'Page not found',
	'error.notFound.body':
		'The page you are looking for does not exist or has moved. Try the directory or the search instead.',
	'error.generic.title': 'Something went wrong',
	'error.generic.body': 'An unexpected error stopped this page from loading. Please try again in a moment.',
	'error.status': 'Error {status}',
	'error.homeLink': 'Go to the home page',
	'error.badParameter.title': 'This address cannot be right',
	'error.badParameter.body':
		'The value of “{parameter}” in the address is not one the portal could have made. Check the link, or go back and try again.',

	'edge.badRequest.title': 'This address or form cannot be read',
	'edge.badRequest.body':
		'The address or the form contains characters the portal does not accept, such as a null character. Check the link, or go back and try again.',
	'edge.crossOrigin.title': 'This form was sent from another site',
	'edge.crossOrigin.body':
		'For your safety the portal only accepts forms sent from its own pages. Open the page on the portal and send the form from there.',
	'edge.tooLarge.title': 'Too much to send at once',
	'edge.tooLarge.body': 'The portal accepts at most 1 MB in one form or request. Shorten the text and try again.',
	'edge.unsupportedType.title': 'This kind of content is not accepted here',
	'edge.unsupportedType.body':
		'This address accepts forms sent from the portal’s pages (form data); its API addresses accept JSON.',
	'edge.unavailable.title': 'The portal is briefly unavailable',
	'edge.unavailable.body': 'The portal cannot reach its database at the moment. Please try again in a minute.',
	'error.forbidden.title': 'You don’t have access to this page',
	'error.forbidden.body': 'You are signed in, but this page is not open to your account.',
	'error.forbidden.why.staff':
		'This page is for the hub’s coordinators, who curate the directory and route match requests.',
	'error.forbidden.why.admins': 'This page is for the portal’s administrators.',
	'error.forbidden.why.members':
		'This page is for members of the hub: people whose organisation the hub has published in the directory.',
	'error.forbidden.why.organization': 'This page is for the members of the organisation it belongs to.',
	'error.forbidden.why.organizationAdmins': 'This page is for the administrators of the organisation it belongs to.',
	'error.forbidden.why.newcomers': 'This page is for people who do not belong to an organisation yet.',
	'error.forbidden.why.unverified':
		'Your e-mail address is not confirmed yet, and until it is your account cannot open this page. Open the link in the confirmation mail, or ask for a new one on your account page.',
	'error.forbidden.whatNow': 'What you can do',
	'error.forbidden.account': 'Go to your account',
	'error.forbidden.askHub':
		'If you think you should have access, ask the hub’s coordinators or an administrator of your organisation.',
	'error.forbidden.signOut': 'Sign out to sign in as someone else',
} as const
