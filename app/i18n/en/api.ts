// The API reference page (/api/docs), a part of its own that only that page loads. The operations' own texts come from the OpenAPI document; the token pages' texts are in tokens.ts.
export const api = {
	'api.title': 'API reference',
	'api.intro':
		'The hub’s API answers in JSON. Without a key every answer shows what a visitor of the portal sees; with a token (from the API tokens page of an organisation admin or a coordinator) a partner system reads what the token’s owner may.',
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
