// The OpenAPI document turned into what the reference page at /api/docs
// shows: each operation with its parameters, body and answers as rows of
// fields, and a curl command built from the document's examples.
import type { JsonSchema } from './json-schema.ts'

/** Where the document itself is served (app/routes/api.v1.openapi[.]json.ts). */
export const OPENAPI_PATH = '/api/v1/openapi.json'

export interface FieldRow {
	name: string
	type: string
	required: boolean
	description: string | null
	/** The values the field takes, when the schema lists them. */
	values: string[]
}

export interface ReferenceAnswer {
	status: string
	description: string
	fields: FieldRow[]
	example: string | null
}

export interface ReferenceOperation {
	id: string
	method: string
	path: string
	summary: string
	description: string
	parameters: Array<FieldRow & { in: string }>
	body: { fields: FieldRow[]; example: string | null } | null
	answers: ReferenceAnswer[]
	curl: string
}

interface Parameter {
	name: string
	in: string
	required?: boolean
	description?: string
	schema: JsonSchema
	example?: unknown
}

interface Media {
	schema?: JsonSchema
	example?: unknown
}

interface Operation {
	operationId: string
	summary: string
	description: string
	parameters?: Parameter[]
	requestBody?: { content: Record<string, Media> }
	responses: Record<string, JsonSchema>
	/** Alternatives: `{}` is "no key"; an operation without it needs a token. */
	security?: Array<Record<string, string[]>>
}

export interface DescribedApi {
	servers: Array<{ url: string }>
	paths: Record<string, Record<string, Operation>>
	components: { schemas: Record<string, JsonSchema>; responses: Record<string, JsonSchema> }
}

// Deep enough for `error.issues[].field`; deeper structure is in the document itself.
const maxDepth = 3

function resolve(api: DescribedApi, schema: JsonSchema): JsonSchema {
	const ref = schema.$ref
	if (typeof ref !== 'string') return schema
	const [, , section, name] = ref.split('/')
	const components = api.components as unknown as Record<string, Record<string, JsonSchema>>
	return resolve(api, components[section!]![name!]!)
}

function typeOf(schema: JsonSchema): string {
	if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(typeOf).join(' | ')
	const type = schema.type
	if (type === 'array') return `${typeOf((schema.items as JsonSchema | undefined) ?? {})}[]`
	if (Array.isArray(type)) return type.join(' | ')
	if (type === 'object' && schema.additionalProperties && typeof schema.additionalProperties === 'object')
		return `map of ${typeOf(schema.additionalProperties as JsonSchema)}`
	return typeof type === 'string' ? type : 'string'
}

function valuesOf(schema: JsonSchema): string[] {
	const list = schema.type === 'array' ? ((schema.items as JsonSchema | undefined) ?? {}) : schema
	return Array.isArray(list.enum) ? list.enum.map(String) : []
}

function limitsOf(schema: JsonSchema): string[] {
	const words: Array<[string, string]> = [
		['minLength', 'at least {n} characters'],
		['maxLength', 'at most {n} characters'],
		['maxItems', 'at most {n} values'],
		['minimum', 'from {n}'],
		['maximum', 'up to {n}'],
		['default', 'default {n}'],
	]
	const target = schema.type === 'array' ? { ...((schema.items as JsonSchema | undefined) ?? {}), ...schema } : schema
	return words
		.filter(([keyword]) => target[keyword] !== undefined)
		.map(([keyword, text]) => text.replace('{n}', String(target[keyword])))
}

function describe(schema: JsonSchema, description?: string): string | null {
	const limits = limitsOf(schema).join(', ')
	const text = [
		description ?? (schema.description as string | undefined),
		limits && `${limits[0]!.toUpperCase()}${limits.slice(1)}.`,
	]
	return text.filter(Boolean).join(' ') || null
}

function row(name: string, schema: JsonSchema, required: boolean, description?: string): FieldRow {
	return { name, type: typeOf(schema), required, description: describe(schema, description), values: valuesOf(schema) }
}

/** One row per field, nested objects (and objects in lists) as dotted names. */
export function fieldsOf(api: DescribedApi, schema: JsonSchema, prefix = '', depth = 0): FieldRow[] {
	const resolved = resolve(api, schema)
	const object = resolved.type === 'array' ? resolve(api, (resolved.items as JsonSchema | undefined) ?? {}) : resolved
	const properties = object.properties as Record<string, JsonSchema> | undefined
	if (!properties || depth >= maxDepth) return []
	const required = new Set((object.required as string[] | undefined) ?? [])
	const listMark = resolved.type === 'array' && prefix ? '[]' : ''
	return Object.entries(properties).flatMap(([name, property]) => {
		const path = prefix ? `${prefix}${listMark}.${name}` : name
		return [row(path, resolve(api, property), required.has(name)), ...fieldsOf(api, property, path, depth + 1)]
	})
}

const pretty = (value: unknown) => (value === undefined ? null : JSON.stringify(value, null, 2))

/** A shell word in single quotes. */
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`

function curlOf(api: DescribedApi, method: string, path: string, operation: Operation): string {
	const query = new URLSearchParams()
	let address = path
	for (const parameter of operation.parameters ?? []) {
		if (parameter.example === undefined) continue
		const values = Array.isArray(parameter.example) ? parameter.example : [parameter.example]
		if (parameter.in === 'path') address = address.replace(`{${parameter.name}}`, encodeURIComponent(String(values[0])))
		else for (const value of values) query.append(parameter.name, String(value))
	}
	const url = `${api.servers[0]?.url ?? ''}${address}${query.size ? `?${query}` : ''}`
	const body = operation.requestBody?.content['application/json']?.example
	const lines = [`curl${method === 'get' ? '' : ` -X ${method.toUpperCase()}`} ${quote(url)}`]
	// Double quotes: the shell fills in the caller's own token.
	const needsToken = operation.security?.every((alternative) => Object.keys(alternative).length > 0) ?? false
	if (needsToken) lines.push('-H "Authorization: Bearer $ATMP_TOKEN"')
	if (body !== undefined) lines.push(`-H 'Content-Type: application/json'`, `--data ${quote(JSON.stringify(body))}`)
	return lines.join(' \\\n  ')
}

export function apiReference(api: DescribedApi): ReferenceOperation[] {
	return Object.entries(api.paths).flatMap(([path, methods]) =>
		Object.entries(methods).map(([method, operation]): ReferenceOperation => {
			const body = operation.requestBody?.content['application/json']
			return {
				id: operation.operationId,
				method: method.toUpperCase(),
				path,
				summary: operation.summary,
				description: operation.description,
				parameters: (operation.parameters ?? []).map((parameter) => ({
					...row(parameter.name, parameter.schema, parameter.required ?? false, parameter.description),
					in: parameter.in,
				})),
				body: body?.schema ? { fields: fieldsOf(api, body.schema), example: pretty(body.example) } : null,
				answers: Object.entries(operation.responses).map(([status, answer]) => {
					const resolved = resolve(api, answer)
					const media = (resolved.content as Record<string, Media> | undefined)?.['application/json']
					return {
						status,
						description: String(resolved.description ?? ''),
						fields: media?.schema ? fieldsOf(api, media.schema) : [],
						example: pretty(media?.example),
					}
				}),
				curl: curlOf(api, method, path, operation),
			}
		}),
	)
}
