import type { Translation } from '../messages.ts'
import type { alertsMail as english } from '../en/alertsMail.ts'

export const alertsMail: Translation<typeof english> = {
	'alertsMail.subject': 'Din sammanfattning från ATMP Flemingsberg-hubben',
	'alertsMail.intro': 'Här är det som är nytt sedan förra sammanfattningen.',
	'alertsMail.search': 'Din sökning ”{name}”:',
	'alertsMail.new': 'ny',
	'alertsMail.changed': 'ändrad',
	'alertsMail.more': 'Och fler: se alla på {link}',
	'alertsMail.notices': 'Olästa bland dina aviseringar:',
	'alertsMail.followedNews': 'Nyheter du följer:',
	'alertsMail.followedEvents': 'Evenemang du följer:',
	'alertsMail.openCalls': 'Öppna utlysningar som passar din organisation:',
	'alertsMail.events': 'Nya evenemang:',
	'alertsMail.offers': 'Nya och ändrade etableringserbjudanden:',
	'alertsMail.settings': 'Välj vad sammanfattningen ska innehålla och hur ofta den kommer: {link}',
	'alertsMail.why':
		'Du får den här sammanfattningen på grund av dina sparade sökningar och aviseringsinställningar. Vill du stoppa alla sammanfattningsmejl öppnar du länken och bekräftar (du behöver inte logga in):\n{link}',
}
