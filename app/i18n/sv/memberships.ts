import type { Translation } from '../messages.ts'
import type { memberships as english } from '../en/memberships.ts'

export const memberships: Translation<typeof english> = {
	'role.member': 'Medlem',
	'role.admin': 'Administratör',

	'invitation.title': 'Inbjudan',
	'invitation.intro': 'Du är inbjuden att gå med i {organization} på ATMP Flemingsberg som {role}.',
	'invitation.forRequest':
		'Hubben har en matchningsförfrågan som {organization} kanske kan hjälpa till med. När du har gått med kan koordinatorerna skicka den till dig att läsa och svara på.',
	'invitation.signInFirst': 'Logga in med {email}, eller skapa ett konto med den adressen, för att acceptera.',
	'invitation.acceptIntro': 'Acceptera för att gå med i organisationen. Du kan lämna den när som helst.',
	'invitation.accept': 'Acceptera inbjudan',
	'invitation.wrongAccountHeading': 'Inbjudan gäller en annan adress',
	'invitation.wrongAccountBody':
		'Den skickades till {email}. Logga ut och logga in med den adressen för att acceptera.',
	'invitation.closedHeading': 'Inbjudan kan inte längre användas',
	'invitation.acceptedBody': 'Den har redan accepterats.',
	'invitation.expiredBody': 'Den har gått ut. Be organisationen om en ny.',
}
