// Holds a JSON value against a schema of the OpenAPI document: the keywords
// the document uses, each checked; any other keyword fails the check, so a
// schema the generator starts writing differently cannot pass unchecked.

type Schema = { [keyword: string]: unknown }

const annotations = new Set(['description', 'default', 'example', 'examples', 'title', 'format'])

function typeOf(value: unknown): string {
	if (value === null) return 'null'
	if (Array.isArray(value)) return 'array'
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
	return typeof value
}

function typeMatches(value: unknown, type: string): boolean {
	const actual = typeOf(value)
	return actual === type || (type === 'number' && actual === 'integer')
}

/** The node a local `$ref` ("#/components/…") points to, or the node itself when it is no reference. */
export function resolveRef<T extends Schema>(root: Schema, node: T): T {
	const ref = node.$ref
	if (typeof ref !== 'string') return node
	return ref
		.replace(/^#\//, '')
		.split('/')
		.reduce<unknown>((at, part) => (at as Schema | undefined)?.[part], root) as T
}

export function schemaProblems(value: unknown, schema: Schema, root: Schema, at = '$'): string[] {
	const problems: string[] = []
	for (const [keyword, rule] of Object.entries(schema)) {
		if (annotations.has(keyword)) continue
		switch (keyword) {
			case '$ref': {
				const target = resolveRef(root, { $ref: rule })
				if (!target) problems.push(`${at}: unresolved ${String(rule)}`)
				else problems.push(...schemaProblems(value, target as Schema, root, at))
				break
			}
			case 'type': {
				const types = Array.isArray(rule) ? (rule as string[]) : [rule as string]
				if (!types.some((type) => typeMatches(value, type)))
					problems.push(`${at}: ${typeOf(value)} is not ${types.join('|')}`)
				break
			}
			case 'enum':
				if (!(rule as unknown[]).includes(value))
					problems.push(`${at}: ${JSON.stringify(value)} is not one of the values`)
				break
			case 'anyOf':
				if (!(rule as Schema[]).some((option) => schemaProblems(value, option, root, at).length === 0))
					problems.push(`${at}: matches no option`)
				break
			case 'properties':
				if (typeOf(value) === 'object')
					for (const [name, property] of Object.entries(rule as Record<string, Schema>)) {
						const field = (value as Record<string, unknown>)[name]
						if (field !== undefined) problems.push(...schemaProblems(field, property, root, `${at}.${name}`))
					}
				break
			case 'required':
				if (typeOf(value) === 'object')
					for (const name of rule as string[])
						if ((value as Record<string, unknown>)[name] === undefined) problems.push(`${at}: ${name} is missing`)
				break
			case 'additionalProperties':
				if (typeOf(value) === 'object') {
					const known = new Set(Object.keys((schema.properties as Schema | undefined) ?? {}))
					for (const [name, field] of Object.entries(value as Record<string, unknown>)) {
						if (known.has(name)) continue
						if (rule === false) problems.push(`${at}: ${name} is not described`)
						else if (typeof rule === 'object')
							problems.push(...schemaProblems(field, rule as Schema, root, `${at}.${name}`))
					}
				}
				break
			case 'items':
				if (Array.isArray(value))
					value.forEach((item, index) =>
						problems.push(...schemaProblems(item, rule as Schema, root, `${at}[${index}]`)),
					)
				break
			case 'minimum':
				if (typeof value === 'number' && value < (rule as number)) problems.push(`${at}: ${value} < ${String(rule)}`)
				break
			case 'maximum':
				if (typeof value === 'number' && value > (rule as number)) problems.push(`${at}: ${value} > ${String(rule)}`)
				break
			case 'minLength':
				if (typeof value === 'string' && value.length < (rule as number))
					problems.push(`${at}: shorter than ${String(rule)}`)
				break
			case 'maxLength':
				if (typeof value === 'string' && value.length > (rule as number))
					problems.push(`${at}: longer than ${String(rule)}`)
				break
			case 'maxItems':
				if (Array.isArray(value) && value.length > (rule as number))
					problems.push(`${at}: more than ${String(rule)} items`)
				break
			case 'pattern':
				if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value))
					problems.push(`${at}: does not match ${String(rule)}`)
				break
			default:
				problems.push(`${at}: the check does not know the keyword "${keyword}"`)
		}
	}
	return problems
}
