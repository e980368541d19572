// The API reference page (/api/docs): its frame; the operations' own texts come from the OpenAPI document.
export const api = {
	'api.title': 'API reference',
	'api.intro':
		'The hub’s public API answers in JSON and needs no key. Every answer shows what a visitor of the portal sees.',
	'api.englishOnly': 'The descriptions of the operations are in English, like the API’s own messages.',
	'api.document': 'The OpenAPI 3.1 description (JSON)',
	'api.contents': 'Operations',
	'api.parameters': 'Parameters',
	'api.noParameters': 'No parameters.',
	'api.body': 'Request body (JSON)',
	'api.answers': 'Answers',
	'api.status': 'HTTP {status}',
	'api.column.name': 'Name',
	'api.column.in': 'In',
	'api.column.field': 'Field',
	'api.column.type': 'Type',
	'api.column.description': 'Description',
	'api.required': 'required',
	'api.optional': 'optional',
	'api.values': 'Values:',
	'api.example': 'Example',
	'api.curl': 'Try it with curl',
} as const
