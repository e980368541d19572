import type { Translation } from '../messages.ts'
import type { alertsMail as english } from '../en/alertsMail.ts'

export const alertsMail: Translation<typeof english> = {
	'alertsMail.subject': 'Nytt i ATMP Flemingsberg-hubben för dina sparade sökningar',
	'alertsMail.intro': 'Här är det som är nytt sedan vårt förra mejl.',
	'alertsMail.search': 'Din sökning ”{name}”:',
	'alertsMail.new': 'ny',
	'alertsMail.changed': 'ändrad',
	'alertsMail.more': 'Och fler: se alla på {link}',
	'alertsMail.openCalls': 'Öppna utlysningar som passar din organisation:',
	'alertsMail.events': 'Nya evenemang:',
	'alertsMail.offers': 'Nya och ändrade etableringserbjudanden:',
	'alertsMail.settings': 'Ändra hur ofta du får de här mejlen: {link}',
	'alertsMail.why':
		'Du får det här mejlet eftersom du sparat sökningar med bevakning. Vill du stoppa alla öppnar du länken och bekräftar (du behöver inte logga in):\n{link}',
}
