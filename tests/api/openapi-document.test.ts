// The API's OpenAPI document: valid OpenAPI 3.1 in structure, every reference
// resolving, every example valid against its own schema, and generated from
// the Zod schemas the endpoints validate with (so it cannot drift from them).
import { describe, expect, it } from 'vitest'
import { suggestionsAnswerSchema } from '~/domain/matching/api-shapes.ts'
import { matchRequestSchema } from '~/domain/matching/request-schema.ts'
import { apiRequestSchema, requestsPageSchema } from '~/domain/requests/api-request-shapes.ts'
import { apiListingSchema, listingsPageSchema } from '~/domain/search/api-shapes.server.ts'
import { facetVocabularies, searchFacetNames, searchQuerySchema } from '~/domain/search/search-params.ts'
import { apiErrorSchema } from '~/http/api-error.ts'
import { openApiDocument } from '~/http/openapi/document.server.ts'
import { jsonSchemaOf } from '~/http/openapi/json-schema.ts'
import { apiReference } from '~/http/openapi/reference.ts'
import { codesOf } from '~/taxonomy/taxonomy.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { resolveRef, schemaProblems } from './json-schema-check.ts'

type Node = { [key: string]: unknown }

const document = JSON.parse(JSON.stringify(openApiDocument())) as Node & {
	paths: Record<string, Record<string, Node & { parameters?: Node[]; responses: Record<string, Node> }>>
	components: { schemas: Record<string, Node>; responses: Record<string, Node> }
}
const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
	Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
)

const resolve = (node: Node): Node => resolveRef(document, node)

/** Every object in the document, with its JSON pointer. */
function* walk(node: unknown, pointer = '#'): Generator<[string, Node]> {
	if (!node || typeof node !== 'object') return
	if (!Array.isArray(node)) yield [pointer, node as Node]
	for (const [key, child] of Object.entries(node)) yield* walk(child, `${pointer}/${key}`)
}

/** The media types of requests and answers, with where they are. */
const media = operations.flatMap(({ path, method, operation }) => [
	...Object.entries(
		((operation.requestBody as Node | undefined)?.content as Record<string, Node> | undefined) ?? {},
	).map(([type, entry]) => ({ where: `${method} ${path} body ${type}`, entry })),
	...Object.entries(operation.responses).flatMap(([status, answer]) =>
		Object.entries((resolve(answer).content as Record<string, Node> | undefined) ?? {}).map(([type, entry]) => ({
			where: `${method} ${path} ${status} ${type}`,
			entry,
		})),
	),
])

describe('the OpenAPI document', () => {
	it('is OpenAPI 3.1 with the portal as its server', () => {
		expect(document.openapi).toBe('3.1.0')
		expect(document.info).toMatchObject({ title: expect.any(String), version: expect.any(String) })
		expect(document.servers).toEqual([{ url: publicBaseUrl() }])
		expect(Object.keys(document.paths).every((path) => path.startsWith('/api/v1/'))).toBe(true)
	})

	it('describes the five operations, each with a unique id, a summary and described answers', () => {
		expect(operations.map(({ method, path }) => `${method.toUpperCase()} ${path}`).sort()).toEqual([
			'GET /api/v1/listings',
			'GET /api/v1/listings/{ref}',
			'GET /api/v1/requests',
			'GET /api/v1/requests/{id}',
			'POST /api/v1/match-suggestions',
		])
		const ids = operations.map(({ operation }) => operation.operationId)
		expect(new Set(ids).size).toBe(ids.length)
		for (const { method, operation } of operations) {
			expect(methods).toContain(method)
			expect(operation.summary).toEqual(expect.any(String))
			for (const [status, answer] of Object.entries(operation.responses)) {
				expect(status).toMatch(/^[1-5]\d\d$/)
				expect(resolve(answer).description).toEqual(expect.any(String))
			}
		}
	})

	it('declares every path parameter its template names, and only those', () => {
		for (const { path, operation } of operations) {
			const inTemplate = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1])
			const declared = (operation.parameters ?? []).filter((parameter) => parameter.in === 'path')
			expect(declared.map((parameter) => parameter.name)).toEqual(inTemplate)
			for (const parameter of declared) expect(parameter.required).toBe(true)
			for (const parameter of operation.parameters ?? []) {
				expect(['query', 'path', 'header', 'cookie']).toContain(parameter.in)
				expect(parameter.schema).toEqual(expect.any(Object))
			}
		}
	})

	it('resolves every $ref within the document', () => {
		const refs = [...walk(document)].filter(([, node]) => typeof node.$ref === 'string')
		expect(refs.length).toBeGreaterThan(0)
		for (const [pointer, node] of refs)
			expect({ pointer, target: resolve(node) }).toEqual({ pointer, target: expect.any(Object) })
	})

	it('has examples that are valid against their own schemas', () => {
		const examples = [
			...media.filter(({ entry }) => entry.example !== undefined),
			...operations.flatMap(({ path, operation }) =>
				(operation.parameters ?? [])
					.filter((parameter) => parameter.example !== undefined)
					.map((parameter) => ({ where: `${path} ${String(parameter.name)}`, entry: parameter })),
			),
		]
		expect(examples.length).toBeGreaterThan(5)
		for (const { where, entry } of examples) {
			expect({ where, problems: schemaProblems(entry.example, entry.schema as Node, document) }).toEqual({
				where,
				problems: [],
			})
		}
	})

	it('is held against answers by a check that refuses what it does not describe', () => {
		const listing = {
			ref: 'fac-1',
			type: 'facility',
			name: 'A',
			summary: null,
			language: 'en',
			translatedSummary: null,
			translatedLanguage: null,
			highlights: {},
			url: 'http://x/facilities/a',
		}
		const listingRef = { $ref: '#/components/schemas/Listing' }
		expect(schemaProblems(listing, listingRef, document)).toEqual([])
		expect(schemaProblems({ ...listing, email: 'secret@example.org' }, listingRef, document)).toEqual([
			'$: email is not described',
		])
		expect(schemaProblems({ ...listing, type: 'company' }, listingRef, document)).toHaveLength(1)
		expect(schemaProblems({ error: {} }, { $ref: '#/components/schemas/Error' }, document)).toEqual([
			'$.error: message is missing',
		])
		expect(schemaProblems(1, { type: 'integer', const: 1 }, document)).toEqual([
			'$: the check does not know the keyword "const"',
		])
	})

	it('names the bearer scheme on every operation: optional for the directory, required for requests, with 401 and 403', () => {
		const schemes = (document.components as Node).securitySchemes as Record<string, Node>
		expect(schemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' })
		const security = Object.fromEntries(
			operations.map(({ method, path, operation }) => [`${method.toUpperCase()} ${path}`, operation.security]),
		)
		expect(security).toEqual({
			'GET /api/v1/listings': [{}, { bearerAuth: ['listings:read'] }],
			'GET /api/v1/listings/{ref}': [{}, { bearerAuth: ['listings:read'] }],
			'POST /api/v1/match-suggestions': [{}, { bearerAuth: ['listings:read'] }],
			'GET /api/v1/requests': [{ bearerAuth: ['requests:read'] }],
			'GET /api/v1/requests/{id}': [{ bearerAuth: ['requests:read'] }],
		})
		for (const { operation } of operations)
			expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']))
	})

	it('answers every refusal in the one error shape', () => {
		for (const { where, entry } of media) {
			if (/ [45]\d\d /.test(where))
				expect({ where, schema: entry.schema }).toEqual({ where, schema: { $ref: '#/components/schemas/Error' } })
		}
	})
})

describe('generated from the schemas the API validates with', () => {
	it.each([
		['MatchRequest', matchRequestSchema],
		['Listing', apiListingSchema],
		['ListingsPage', listingsPageSchema],
		['Suggestions', suggestionsAnswerSchema],
		['Request', apiRequestSchema],
		['RequestsPage', requestsPageSchema],
		['Error', apiErrorSchema],
	] as const)('%s', (name, schema) => {
		expect(document.components.schemas[name]).toEqual(jsonSchemaOf(schema))
	})

	it('lists exactly the query parameters the search schema reads, facets with their vocabularies', () => {
		const parameters = document.paths['/api/v1/listings']!.get!.parameters!
		expect(parameters.map((parameter) => parameter.name)).toEqual(Object.keys(searchQuerySchema.shape))
		for (const facet of searchFacetNames) {
			const vocabulary = facetVocabularies[facet]
			const schema = parameters.find((parameter) => parameter.name === facet)!.schema as Node
			expect(schema.type).toBe('array')
			if (vocabulary) expect((schema.items as Node).enum).toEqual(codesOf(vocabulary))
		}
	})
})

describe('the reference page data', () => {
	it('has each operation with its parameters, answers and a curl command', () => {
		const reference = apiReference(openApiDocument())
		expect(reference.map((operation) => operation.id)).toEqual(operations.map(({ operation }) => operation.operationId))
		for (const operation of reference) {
			const described = document.paths[operation.path]![operation.method.toLowerCase()]!
			expect(operation.parameters.map((parameter) => parameter.name)).toEqual(
				(described.parameters ?? []).map((parameter) => parameter.name),
			)
			expect(operation.answers.map((answer) => answer.status)).toEqual(Object.keys(described.responses))
			expect(operation.curl).toMatch(
				new RegExp(`^curl .*'${publicBaseUrl()}${operation.path.replace(/\{\w+\}/, "[^/?']+")}[?']`),
			)
		}
		const suggest = reference.find((operation) => operation.id === 'suggestProviders')!
		expect(suggest.body?.fields.find((field) => field.name === 'title')).toMatchObject({
			required: true,
			type: 'string',
		})
		expect(suggest.curl).toContain(`-H 'Content-Type: application/json'`)
		// A token the caller's shell fills in, only where one is required.
		expect(suggest.curl).not.toContain('Authorization')
		expect(reference.find((operation) => operation.id === 'listRequests')!.curl).toContain(
			'-H "Authorization: Bearer $ATMP_TOKEN"',
		)
		expect(suggest.answers.find((answer) => answer.status === '400')?.fields.map((field) => field.name)).toContain(
			'error.issues[].field',
		)
	})
})
