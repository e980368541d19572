import type { Translation } from '../messages.ts'
import type { api as english } from '../en/api.ts'

export const api: Translation<typeof english> = {
	'api.title': 'API-referens',
	'api.intro':
		'Hubbens API svarar i JSON. Utan nyckel visar varje svar det som en besökare på portalen ser; med en nyckel (från sidan API-nycklar för en organisationsadministratör eller en koordinator) läser ett partnersystem det som nyckelns ägare får se.',
	'api.englishOnly': 'Beskrivningarna av anropen är på engelska, liksom API:ets egna meddelanden.',
	'api.document': 'Beskrivningen i OpenAPI 3.1 (JSON)',
	'api.contents': 'Anrop',
	'api.parameters': 'Parametrar',
	'api.noParameters': 'Inga parametrar.',
	'api.body': 'Innehåll i anropet (JSON)',
	'api.answers': 'Svar',
	'api.status': 'HTTP {status}',
	'api.column.name': 'Namn',
	'api.column.in': 'I',
	'api.column.field': 'Fält',
	'api.column.type': 'Typ',
	'api.column.description': 'Beskrivning',
	'api.required': 'obligatorisk',
	'api.optional': 'valfri',
	'api.values': 'Värden:',
	'api.example': 'Exempel',
	'api.curl': 'Prova med curl',
}
