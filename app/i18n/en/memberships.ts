// Belonging to an organisation: an invitation's page, which the invitee may open before having an
// account, and the roles a membership has, which the account page and an organisation's members page show too.
export const memberships = {
	'role.member': 'Member',
	'role.admin': 'Administrator',

	'invitation.title': 'Invitation',
	'invitation.intro': 'You are invited to join {organization} on ATMP Flemingsberg as {role}.',
	'invitation.forRequest':
		'The hub has a match request that {organization} may be able to help with. Once you have joined, the coordinators can send it to you to read and answer.',
	'invitation.signInFirst': 'Log in with {email}, or create an account with that address, to accept.',
	'invitation.acceptIntro': 'Accept to join the organisation. You can leave it at any time.',
	'invitation.accept': 'Accept the invitation',
	'invitation.wrongAccountHeading': 'This invitation is for another address',
	'invitation.wrongAccountBody': 'It was sent to {email}. Log out and log in with that address to accept it.',
	'invitation.closedHeading': 'This invitation can no longer be used',
	'invitation.acceptedBody': 'It has already been accepted.',
	'invitation.expiredBody': 'It has expired. Ask the organisation for a new one.',
} as const
