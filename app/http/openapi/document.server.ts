// The OpenAPI 3.1 description of the public API, built from the Zod schemas
// the endpoints validate with and answer in. The routes' own behaviour (the
// suggestion limit, the rate limits, the edge's refusals) is described here
// in words next to the schemas; tests/api/ holds real answers against it.
import { rateLimits } from '~/domain/auth/rate-limit.server.ts'
import { apiRequestSchema, requestsPageSchema } from '~/domain/requests/api-request-shapes.ts'
import { suggestionsAnswerSchema } from '~/domain/matching/api-shapes.ts'
import { matchRequestSchema } from '~/domain/matching/request-schema.ts'
import { listingRefSchema } from '~/domain/search/api-listing-by-ref.server.ts'
import { apiListingSchema, listingsPageSchema } from '~/domain/search/api-shapes.server.ts'
import { t } from '~/i18n/messages.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { apiErrorSchema } from '../api-error.ts'
import { perMinute } from '../api-rate-limit.server.ts'
import { jsonSchemaOf, type JsonSchema } from './json-schema.ts'
import { listingsQueryParameters } from './listings-parameters.ts'

/** ?limit of POST /api/v1/match-suggestions, as the route checks it. */
export const suggestionLimit = { minimum: 1, maximum: 100, default: 20 } as const

const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const responseRef = (name: string) => ({ $ref: `#/components/responses/${name}` })

const json = (schema: JsonSchema, example?: unknown) => ({
	'application/json': { schema, ...(example === undefined ? {} : { example }) },
})

const errorAnswer = (description: string, example: string) => ({
	description,
	content: json(schemaRef('Error'), { error: { message: example } }),
})

const cacheControl = {
	description:
		'`public, max-age=30` for visitors (with an ETag: send If-None-Match to get 304); `private, no-store` when the request carries a session cookie.',
	schema: { type: 'string' },
}

/** A directory answer, which caches may keep for visitors. */
const directoryAnswer = (description: string, schema: string) => ({
	description,
	headers: { 'Cache-Control': cacheControl },
	content: json(schemaRef(schema)),
})

const retryAfter = { description: 'Seconds to wait.', schema: { type: 'integer', minimum: 0 } }

/** Open to anyone; a token (with `scope`) reads what its owner may instead of what visitors may. */
const tokenOptional = (scope: string): Array<Record<string, string[]>> => [{}, { bearerAuth: [scope] }]

const tokenRequired = (scope: string): Array<Record<string, string[]>> => [{ bearerAuth: [scope] }]

/** The answers every operation that takes a token may give about it. */
const tokenAnswers = {
	'401': responseRef('Unauthorized'),
	'403': responseRef('Forbidden'),
}

/** The refusals of a read: the token's, the rate limit's, the database's. */
const readRefusals = {
	...tokenAnswers,
	'429': responseRef('TooManyRequests'),
	'503': responseRef('Unavailable'),
}

/** 400 for a query parameter; `parameter` names it. */
const parameterRefusal = (description: string, message: string, parameter: string) => ({
	description,
	content: json(schemaRef('Error'), { error: { message, parameter } }),
})

const uuidParameter = {
	name: 'id',
	in: 'path',
	required: true,
	schema: { type: 'string', format: 'uuid' },
	example: '3f1c2a9e-5b7d-4c1e-9a2f-6d8b0e4c7a15',
}

const exampleRequest = {
	title: 'Lentiviral vector supply for a phase I CAR-T trial',
	description: 'We need GMP-grade LVV for our CAR-T programme by Q3 2027.',
	services: ['viral-vector-production'],
	modalities: ['car-t', 'lentiviral'],
	phase: 'phase-1',
}

export function openApiDocument() {
	const searchLimit = perMinute(rateLimits.apiSearchPerIp)
	const suggestionsLimit = perMinute(rateLimits.apiSuggestionsPerIp)
	const perToken = {
		search: perMinute(rateLimits.apiSearchPerToken),
		suggestions: perMinute(rateLimits.apiSuggestionsPerToken),
		requests: perMinute(rateLimits.apiRequestsPerToken),
	}
	return {
		openapi: '3.1.0',
		info: {
			title: 'ATMP Flemingsberg hub API',
			version: '1.0.0',
			description:
				'Read the directory of the ATMP Flemingsberg hub (organisations, labs, GMP facilities, experts), ask it for providers that fit a need, and follow your organisation\'s match requests. Without a key every answer shows what a visitor of the portal sees. With an API token (`Authorization: Bearer atmp_…`, created on the portal by an organisation admin at /account/api-tokens or by a coordinator at /coordinator/api-tokens) a partner system reads what the token\'s owner may, within the token\'s scopes: `listings:read`, `requests:read`. A malformed, unknown, expired or revoked token is refused with 401, whatever the operation; a token without the scope an operation needs with 403. Every refusal has the same shape, `{ "error": { "message", "parameter"?, "issues"? } }`.',
		},
		servers: [{ url: publicBaseUrl() }],
		paths: {
			'/api/v1/listings': {
				get: {
					operationId: 'searchListings',
					summary: 'Search the directory',
					description: `The search page's results as JSON: the same search, filters, facet counts and order. A GMP facility's item carries its \`capacity\`: its suites with the windows not yet over (from, to, state, note) and the free ranges \`availableBy\`, \`availableFrom\` and \`availableTo\` search. ${searchLimit} calls a minute per client address (${perToken.search} per token), counted together with GET /api/v1/listings/{ref}.`,
					security: tokenOptional('listings:read'),
					parameters: listingsQueryParameters(),
					responses: {
						'200': directoryAnswer('One page of results, with a count for every filter value.', 'ListingsPage'),
						'400': parameterRefusal(
							'A parameter has a value the search does not know; `parameter` names it.',
							'Unknown value "company" for parameter "type".',
							'type',
						),
						...readRefusals,
					},
				},
			},
			'/api/v1/listings/{ref}': {
				get: {
					operationId: 'getListing',
					summary: 'One listing by its ref',
					description:
						"A listing in the same shape as an item of GET /api/v1/listings (without highlights), a GMP facility with its `capacity`. The ref of a listing merged into another one answers with that one, under its own ref. With a token, members-only listings too when the token's owner is a member of the hub. Shares the rate limit of GET /api/v1/listings.",
					security: tokenOptional('listings:read'),
					parameters: [
						{ name: 'ref', in: 'path', required: true, schema: jsonSchemaOf(listingRefSchema), example: 'fac-0001' },
					],
					responses: {
						'200': directoryAnswer('The listing.', 'Listing'),
						'404': errorAnswer(
							'No listing the caller may see has this ref (unknown, not published, members only, or not a ref).',
							'No public listing has the ref "fac-unknown".',
						),
						...readRefusals,
					},
				},
			},
			'/api/v1/match-suggestions': {
				post: {
					operationId: 'suggestProviders',
					summary: 'Suggest providers for a need',
					description: `Send a match request (the interchange format's shape: a title, and optionally a description and taxonomy codes); get the providers that fit best, each with its reasons in English and Swedish. Codes are checked against the taxonomy. Fields the schema does not name are passed on unchecked; of those, the interchange format's \`cleanroomGrades\`, \`licences\` and \`productTypes\` are read as needs too. ${suggestionsLimit} calls a minute per client address (${perToken.suggestions} per token).`,
					security: tokenOptional('listings:read'),
					parameters: [
						{
							name: 'limit',
							in: 'query',
							required: false,
							description: 'How many suggestions at most.',
							schema: { type: 'integer', ...suggestionLimit },
							example: 5,
						},
					],
					requestBody: {
						required: true,
						content: json(schemaRef('MatchRequest'), exampleRequest),
					},
					responses: {
						'200': {
							description: 'Ranked suggestions, best first.',
							content: json(schemaRef('Suggestions')),
						},
						'400': {
							description:
								'The body is not JSON, or not a valid match request (`issues` lists every problem by field), or `limit` is out of range (`parameter` is "limit").',
							content: json(schemaRef('Error'), {
								error: {
									message: 'The match request is not valid.',
									issues: [{ field: 'modalities', message: 'Unknown modality code "car-x"' }],
								},
							}),
						},
						...tokenAnswers,
						'405': errorAnswer('Any method but POST.', 'Use POST with a JSON match request.'),
						'413': errorAnswer('The body is larger than 1 MB.', t('en', 'edge.tooLarge.body')),
						'415': errorAnswer(
							'The body is sent as something other than application/json.',
							t('en', 'edge.unsupportedType.body'),
						),
						'429': responseRef('TooManyRequests'),
						'503': responseRef('Unavailable'),
					},
				},
			},
			'/api/v1/requests': {
				get: {
					operationId: 'listRequests',
					summary: "Your organisation's match requests",
					description: `The match requests the token's owner follows, newest first: an organisation token its organisation's submitted requests, a hub token every submitted request. Drafts are not listed. Needs a token with \`requests:read\`. ${perToken.requests} calls a minute per token, counted together with GET /api/v1/requests/{id}.`,
					security: tokenRequired('requests:read'),
					parameters: [
						{
							name: 'page',
							in: 'query',
							required: false,
							description: 'Which page of 20, from 1.',
							schema: { type: 'integer', minimum: 1, maximum: 999999, default: 1 },
							example: 1,
						},
					],
					responses: {
						'200': { description: 'One page of requests.', content: json(schemaRef('RequestsPage')) },
						'400': parameterRefusal(
							'`page` is not a whole number from 1.',
							'page must be a whole number from 1 to 999999.',
							'page',
						),
						...readRefusals,
					},
				},
			},
			'/api/v1/requests/{id}': {
				get: {
					operationId: 'getRequest',
					summary: 'One match request',
					description:
						"A match request the token's owner follows, in the shape of an item of GET /api/v1/requests. Another organisation's request answers 404, exactly like one that does not exist. Needs a token with `requests:read`.",
					security: tokenRequired('requests:read'),
					parameters: [uuidParameter],
					responses: {
						'200': { description: 'The request.', content: json(schemaRef('Request')) },
						'404': errorAnswer(
							"No request this token may read has this id (unknown, a draft, another organisation's, or not an id).",
							'No request this token may read has this id.',
						),
						...readRefusals,
					},
				},
			},
		},
		components: {
			securitySchemes: {
				bearerAuth: {
					type: 'http',
					scheme: 'bearer',
					bearerFormat: 'atmp_<prefix>_<secret>',
					description:
						"An API token from /account/api-tokens (an organisation's) or /coordinator/api-tokens (the hub's), sent as `Authorization: Bearer <token>`. Its scopes say what it may read.",
				},
			},
			schemas: {
				Listing: jsonSchemaOf(apiListingSchema),
				ListingsPage: jsonSchemaOf(listingsPageSchema),
				MatchRequest: jsonSchemaOf(matchRequestSchema),
				Suggestions: jsonSchemaOf(suggestionsAnswerSchema),
				Request: jsonSchemaOf(apiRequestSchema),
				RequestsPage: jsonSchemaOf(requestsPageSchema),
				Error: jsonSchemaOf(apiErrorSchema),
			},
			responses: {
				Unauthorized: {
					description:
						'The operation needs a token and none was sent, or the token sent is malformed, unknown, expired or revoked. `WWW-Authenticate: Bearer` says so too.',
					headers: { 'WWW-Authenticate': { description: 'A Bearer challenge.', schema: { type: 'string' } } },
					content: json(schemaRef('Error'), {
						error: { message: 'The API token is malformed, unknown, expired or revoked.' },
					}),
				},
				Forbidden: {
					description: 'The token is valid but lacks the scope this operation needs.',
					headers: { 'WWW-Authenticate': { description: 'Names the scope needed.', schema: { type: 'string' } } },
					content: json(schemaRef('Error'), {
						error: { message: 'This API token may not do this: it needs the scope requests:read.' },
					}),
				},
				TooManyRequests: {
					description:
						'Too many calls from this client address, or with this token; try again after `Retry-After` seconds.',
					headers: { 'Retry-After': retryAfter },
					content: json(schemaRef('Error'), {
						error: {
							message: `Too many requests: at most ${searchLimit} a minute from one address. Try again in 12 s.`,
						},
					}),
				},
				Unavailable: {
					description: 'The database cannot be reached; try again after `Retry-After` seconds.',
					headers: { 'Retry-After': retryAfter },
					content: json(schemaRef('Error'), { error: { message: t('en', 'edge.unavailable.body') } }),
				},
			},
		},
	}
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>
