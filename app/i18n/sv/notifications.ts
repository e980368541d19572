import type { Translation } from '../messages.ts'
import type { notifications as english } from '../en/notifications.ts'

export const notifications: Translation<typeof english> = {
	'notifications.title': 'Aviseringar',
	'notifications.empty': 'Inget nytt.',
	'notifications.markRead': 'Markera alla som lästa',
	'notifications.unread': 'Ny',

	'notice.request.submitted.subject': 'Ny matchningsförfrågan: {title}',
	'notice.request.submitted.body':
		'En medlem har skickat en ny matchningsförfrågan. Föreslagna leverantörer väntar på genomgång.',
	'notice.route.received.subject': 'En förfrågan från hubben: {title}',
	'notice.route.received.body':
		'Hubben tror att {provider} kan hjälpa till med den här förfrågan. Läs sammanfattningen nedan och öppna sedan förfrågan för att läsa allt och svara.',
	'notice.route.reminder.subject': 'Påminnelse: {title}',
	'notice.route.reminder.body':
		'Hubben skickade förfrågan till {provider} och väntar fortfarande på ert svar. Även ett kort ”nej” hjälper.',
	'notice.route.answered.interested.subject': '{provider} är intresserad: {title}',
	'notice.route.answered.interested.body':
		'{provider} är intresserad av förfrågan. Förfrågaren kan nu acceptera introduktionen.',
	'notice.route.answered.declined.subject': '{provider} tackade nej: {title}',
	'notice.route.answered.declined.body':
		'{provider} kan inte hjälpa till med förfrågan. Överväg att skicka den till nästa kandidat.',
	'notice.route.answered.question.subject': 'Fråga från {provider}: {title}',
	'notice.route.answered.question.body': '{provider} har en fråga om förfrågan innan de svarar.',
	'notice.route.expired.subject': 'Inget svar från {provider}: {title}',
	'notice.route.expired.body':
		'{provider} svarade inte i tid och förfrågan har förfallit. Överväg att skicka den till någon annan.',
	'notice.introduction.made.subject': 'Introduktion: {title}',
	'notice.introduction.made.body':
		'Förfrågaren accepterade introduktionen till {provider}. Ni ser nu varandras kontaktuppgifter och kan skriva till varandra.',
	'notice.thread.message.subject': 'Nytt meddelande: {title}',
	'notice.thread.message.body': 'Det finns ett nytt meddelande i samtalet med {provider} om förfrågan.',
	'notice.request.closed.subject': 'Förfrågan avslutad: {title}',
	'notice.request.closed.body': 'Förfrågaren har avslutat förfrågan. Tack för er tid; inget svar behövs.',
	'notice.openCall.interest.subject': '{provider} svarade på en öppen förfrågan: {title}',
	'notice.openCall.interest.body': '{provider} anmäler intresse för den öppna förfrågan.',
	// Inbjudningar från triagen, och nästa kandidat efter ett nej eller en utgången förfrågan (issue 15).
	'notice.suggestedNext': 'Förslag på nästa: {next}, den bäst placerade kandidaten som ännu inte har tillfrågats.',
	'notice.invitation.accepted.subject': '{provider} har gått med i portalen: {title}',
	'notice.invitation.accepted.body':
		'Någon hos {provider} har tackat ja till hubbens inbjudan. Nu kan du skicka förfrågan till dem från dess triagesida.',
}
