import type { Translation } from '../messages.ts'
import type { savedSearches as english } from '../en/savedSearches.ts'

export const savedSearches: Translation<typeof english> = {
	'savedSearches.save.title': 'Spara sökningen',
	'savedSearches.save.hint': 'Behåll den på ditt konto och få ett mejl när nya poster matchar den.',
	'savedSearches.save.name': 'Namn',
	'savedSearches.save.submit': 'Spara sökningen',
	'savedSearches.save.pending': 'Sparar…',
	'savedSearches.save.signIn': 'Logga in för att spara sökningen och få bevakningar',
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

	'alertsUnsubscribe.title': 'Stoppa bevakningar av sparade sökningar',
	'alertsUnsubscribe.question': 'Vill du stoppa bevakningsmejlen för dina sparade sökningar?',
	'alertsUnsubscribe.searches.one':
		'Bevakningen av {count} sparad sökning stängs av. Själva sökningen finns kvar på ditt konto.',
	'alertsUnsubscribe.searches.other':
		'Bevakningarna av {count} sparade sökningar stängs av. Själva sökningarna finns kvar på ditt konto.',
	'alertsUnsubscribe.confirm': 'Stoppa mejlen',
	'alertsUnsubscribe.done': 'Klart: dina sparade sökningar skickar inga fler bevakningsmejl.',
	'alertsUnsubscribe.doneHint': 'Ångrat dig? Inloggad kan du slå på dem igen under Sparade sökningar på ditt konto.',
	'alertsUnsubscribe.invalid':
		'Länken stoppar inget längre: den är redan använd, eller så är bevakningarna redan avstängda.',
	'alertsUnsubscribe.toAccount': 'Dina sparade sökningar',
}
