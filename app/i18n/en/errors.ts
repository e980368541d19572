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
	'error.forbidden.why.staff': 'It is for the hub’s coordinators.',
	'error.forbidden.why.admins': 'It is for the portal’s administrators.',
	'error.forbidden.why.members':
		'It is for members of the hub, whose organisation is in the directory: register yours under My listings, or ask your organisation’s administrator to invite you.',
	'error.forbidden.why.organization': 'It is for the members of the organisation it belongs to.',
	'error.forbidden.why.organizationAdmins': 'It is for the administrators of the organisation it belongs to.',
	'error.forbidden.why.establishmentOffice': 'It is for the establishment office and the hub’s coordinators.',
	'error.forbidden.why.unverified': 'First confirm your e-mail address with the link we sent you.',
	'error.forbidden.account': 'Go to your account',
	'error.forbidden.askHub': 'Should you have access? Ask the hub or your organisation’s administrator.',
	'error.forbidden.signOut': 'Sign out to sign in as someone else',
} as const
