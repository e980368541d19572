// Zod schema → JSON Schema as OpenAPI 3.1 embeds it (JSON Schema 2020-12).
// Request schemas are described by what a client sends (the input side of
// transforms and refinements); nothing is shared by $ref, so each schema in
// the document reads on its own.
import type { ZodTypeAny } from 'zod'
import { zodToJsonSchema } from 'zod-to-json-schema'

export type JsonSchema = { [keyword: string]: unknown }

export function jsonSchemaOf(schema: ZodTypeAny): JsonSchema {
	const { $schema: _dialect, ...rest } = zodToJsonSchema(schema, {
		// 2019-09 writes nullable as a type list, as 2020-12 does; OpenAPI 3.0's "nullable" is gone in 3.1.
		target: 'jsonSchema2019-09',
		$refStrategy: 'none',
		effectStrategy: 'input',
		pipeStrategy: 'input',
	}) as JsonSchema
	return rest
}
