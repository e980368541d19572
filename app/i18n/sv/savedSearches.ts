import type { Translation } from '../messages.ts'
import type { savedSearches as english } from '../en/savedSearches.ts'

export const savedSearches: Translation<typeof english> = {
	'savedSearches.save.title': 'Spara sökningen',
	'savedSearches.save.hint': 'Behåll den på ditt konto och få ett mejl när nya poster matchar den.',
	'savedSearches.save.name': 'Namn',
	'savedSearches.save.submit': 'Spara sökningen',
	'savedSearches.save.pending': 'Sparar…',
	'savedSearches.save.manage': 'Dina sparade sökningar',

	'alerts.check.frequency': 'Välj hur ofta du vill ha bevakningsmejl.',
	'alerts.check.nameRequired': 'Ge sökningen ett namn.',
	'alerts.check.nameTooLong': 'Använd högst {max} tecken.',
	'alerts.check.query': 'Det här är ingen sökning som söksidan kan köra. Sök igen och spara därifrån.',
	'alerts.check.notFound': 'Den sparade sökningen finns inte (längre).',
	'alerts.check.delivery': 'Välj ett av alternativen.',
	'rule:saved-search-not-found': 'Den sparade sökningen finns inte (längre).',
	'rule:saved-search-limit':
		'Du har redan {limit} sparade sökningar, det största antal ett konto kan ha. Ta bort en först.',

	'alertsUnsubscribe.title': 'Stoppa sammanfattningsmejl',
	'alertsUnsubscribe.question': 'Vill du stoppa alla sammanfattningsmejl från hubben?',
	'alertsUnsubscribe.stops': 'Det här stoppar:',
	'alertsUnsubscribe.searches.one': 'bevakningen av {count} sparad sökning (själva sökningen finns kvar på ditt konto)',
	'alertsUnsubscribe.searches.other':
		'bevakningarna av {count} sparade sökningar (själva sökningarna finns kvar på ditt konto)',
	'alertsUnsubscribe.kind.requestNews':
		'nytt om dina förfrågningar i sammanfattningen (det finns kvar under Aviseringar)',
	'alertsUnsubscribe.kind.routes': 'förfrågningar att besvara i sammanfattningen (de finns kvar under Aviseringar)',
	'alertsUnsubscribe.kind.reviews': 'granskningsbeslut i sammanfattningen (de finns kvar under Aviseringar)',
	'alertsUnsubscribe.kind.claimsInvitations':
		'anspråk och inbjudningar i sammanfattningen (de finns kvar under Aviseringar; en inbjudans eget mejl kommer ändå)',
	'alertsUnsubscribe.kind.following': 'nyheterna och evenemangen du följer',
	'alertsUnsubscribe.kind.hubNews':
		'nytt från hubben: öppna utlysningar som passar din organisation, nya evenemang och erbjudanden',
	'alertsUnsubscribe.other': 'Mejl som skickas direkt (där du valt ”Med mejl direkt”) påverkas inte.',
	'alertsUnsubscribe.confirm': 'Stoppa mejlen',
	'alertsUnsubscribe.done': 'Klart: du får inga fler sammanfattningsmejl.',
	'alertsUnsubscribe.doneHint':
		'Ångrat dig? Inloggad kan du slå på bevakningarna och sammanfattningen igen under Sparade sökningar och aviseringar på ditt konto.',
	'alertsUnsubscribe.invalid':
		'Länken stoppar inget längre: den är redan använd, eller så är sammanfattningen redan avstängd.',
	'alertsUnsubscribe.toAccount': 'Dina sparade sökningar och aviseringsinställningar',
}
