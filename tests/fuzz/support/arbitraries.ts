// fast-check arbitraries for form fields, derived from the form's own Zod
// schema: its fields, their types, lengths, formats and enumerations. Every
// value is a list of strings, because that is what a form posts: a field can
// be missing, sent once, or sent several times.
import fc from 'fast-check'
import type { ZodTypeAny } from 'zod'
import { codesOf, type VocabularyName } from '../../../app/taxonomy/taxonomy.ts'

export type Spec =
	| { kind: 'string'; min?: number; max?: number; format?: 'email' | 'uuid' | 'url' | 'date' }
	| { kind: 'enum'; values: string[] }
	| { kind: 'boolean' }
	| { kind: 'number'; min?: number; max?: number; int?: boolean }
	| { kind: 'array'; of: Spec; max?: number }
	| { kind: 'object'; fields: Record<string, Spec> }
	| { kind: 'union'; options: Spec[] }
	| { kind: 'unknown' }

interface ZodDef {
	typeName?: string
	[key: string]: unknown
}

function defOf(schema: ZodTypeAny): ZodDef {
	return (schema as unknown as { _def: ZodDef })._def
}

/** What a Zod schema (v3) accepts, as far as a form fuzzer cares: effects, defaults and optionality are seen through. */
export function describeZod(schema: ZodTypeAny): Spec {
	const def = defOf(schema)
	switch (def.typeName) {
		case 'ZodEffects':
			return describeZod(def.schema as ZodTypeAny)
		case 'ZodOptional':
		case 'ZodNullable':
		case 'ZodDefault':
		case 'ZodCatch':
		case 'ZodReadonly':
			return describeZod(def.innerType as ZodTypeAny)
		case 'ZodBranded':
			return describeZod(def.type as ZodTypeAny)
		case 'ZodPipeline':
			return describeZod(def.in as ZodTypeAny)
		case 'ZodLazy':
			return describeZod((def.getter as () => ZodTypeAny)())
		case 'ZodString': {
			const spec: Spec & { kind: 'string' } = { kind: 'string' }
			for (const check of def.checks as Array<{ kind: string; value?: number }>) {
				if (check.kind === 'min') spec.min = check.value
				else if (check.kind === 'max') spec.max = check.value
				else if (check.kind === 'length') spec.min = spec.max = check.value
				else if (check.kind === 'email' || check.kind === 'uuid' || check.kind === 'url') spec.format = check.kind
				else if (check.kind === 'date') spec.format = 'date'
			}
			return spec
		}
		case 'ZodEnum':
			return { kind: 'enum', values: [...(def.values as string[])] }
		case 'ZodNativeEnum':
			return { kind: 'enum', values: Object.values(def.values as Record<string, string>).map(String) }
		case 'ZodLiteral':
			return { kind: 'enum', values: [String(def.value)] }
		case 'ZodBoolean':
			return { kind: 'boolean' }
		case 'ZodNumber': {
			const spec: Spec & { kind: 'number' } = { kind: 'number' }
			for (const check of def.checks as Array<{ kind: string; value?: number }>) {
				if (check.kind === 'min') spec.min = check.value
				else if (check.kind === 'max') spec.max = check.value
				else if (check.kind === 'int') spec.int = true
			}
			return spec
		}
		case 'ZodArray':
			return {
				kind: 'array',
				of: describeZod(def.type as ZodTypeAny),
				max: (def.maxLength as { value: number } | null)?.value,
			}
		case 'ZodObject': {
			const shape = (def.shape as () => Record<string, ZodTypeAny>)()
			return {
				kind: 'object',
				fields: Object.fromEntries(Object.entries(shape).map(([name, field]) => [name, describeZod(field)])),
			}
		}
		case 'ZodUnion':
		case 'ZodDiscriminatedUnion': {
			const options = def.options as ZodTypeAny[] | Map<unknown, ZodTypeAny>
			return { kind: 'union', options: [...(Array.isArray(options) ? options : options.values())].map(describeZod) }
		}
		case 'ZodIntersection': {
			const left = describeZod(def.left as ZodTypeAny)
			const right = describeZod(def.right as ZodTypeAny)
			if (left.kind === 'object' && right.kind === 'object')
				return { kind: 'object', fields: { ...left.fields, ...right.fields } }
			return left
		}
		default:
			return { kind: 'unknown' }
	}
}

/** The fields of an object schema (or of every option of a union), flattened. */
export function fieldsOf(spec: Spec): Record<string, Spec> {
	if (spec.kind === 'object') return spec.fields
	if (spec.kind === 'union') {
		const merged: Record<string, Spec> = {}
		for (const option of spec.options) Object.assign(merged, fieldsOf(option))
		return merged
	}
	return {}
}

// ───────────────────────── hostile text ─────────────────────────

const hostileSamples = [
	'',
	' ',
	'\t\n\r',
	'\u0000',
	'a\u0000b',
	'%00',
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	"' OR '1'='1",
	'\'; DROP TABLE "User"; --',
	'\\',
	'${7*7}{{7*7}}',
	'../../../../etc/passwd',
	'/.//evil.example/phish',
	'//evil.example',
	'https://evil.example/',
	'javascript:alert(1)',
	'\u202e\u200b\ufeff',
	'🧬🧪👩‍🔬',
	'Ångström ÅÄÖ åäö ß',
	'\ud800',
	'NaN',
	'-1',
	'0',
	'1e309',
	'99999999999999999999999',
	'true',
	'null',
	'undefined',
	'[]',
	'{}',
	'__proto__',
	'constructor',
	'00000000-0000-0000-0000-000000000000',
	'000000000000000000000000000000000000',
	'ffffffff-ffff-ffff-ffff-ffffffffffff',
	'2026-02-30',
	'9999-12-31',
	'0000-00-00',
]

/** Text nobody should type, but somebody will send. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...hostileSamples) },
	{ weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
	{
		weight: 1,
		arbitrary: fc
			.tuple(fc.constantFrom('a', 'ö', '🧬', '<', '\u0000', ' '), fc.integer({ min: 100, max: 40_000 }))
			.map(([unit, times]) => unit.repeat(times)),
	},
	{ weight: 1, arbitrary: fc.uuid() },
	{ weight: 1, arbitrary: fc.integer().map(String) },
)

// ───────────────────────── values by spec ─────────────────────────

/** Values the form's own vocabulary would offer, by field name. */
const vocabularyOfField: Record<string, VocabularyName> = {
	services: 'services',
	modalities: 'modalities',
	phase: 'phases',
	phases: 'phases',
	requiredGrades: 'cleanroomGrades',
	cleanroomGrades: 'cleanroomGrades',
	requiredLicences: 'licences',
	licences: 'licences',
	licenceCode: 'licences',
	productTypes: 'productTypes',
	openTo: 'openTo',
	kind: 'organizationKinds',
}

export interface ValueContext {
	/** Ids of existing records that a forged hidden field can name. */
	ids: readonly string[]
	/** Known good values by field name (a real record's, a real password, a real token). */
	examples: Record<string, readonly string[]>
}

function lengthString(min: number, max: number): fc.Arbitrary<string> {
	return fc.string({ minLength: min, maxLength: max, unit: 'grapheme-ascii' })
}

function boundaryStrings(spec: { min?: number; max?: number }): string[] {
	const out: string[] = []
	if (spec.max !== undefined) out.push('x'.repeat(spec.max), 'x'.repeat(spec.max + 1), 'å'.repeat(spec.max + 1))
	if (spec.min !== undefined && spec.min > 0) out.push('y'.repeat(spec.min - 1), 'y'.repeat(spec.min))
	return out
}

/**
 * A plausible single value for a spec: what a person using the form could
 * send. `clean` keeps to the known good values (a real record's, the
 * vocabulary) where there are any, so that whole forms pass often enough
 * for the success paths to be exercised too.
 */
export function plausible(name: string, spec: Spec, context: ValueContext, clean = false): fc.Arbitrary<string> {
	const examples = context.examples[name] ?? []
	const vocabulary = vocabularyOfField[name] ?? (spec.kind === 'array' ? vocabularyOfField[name] : undefined)
	const known: Array<fc.Arbitrary<string>> = []
	if (examples.length) known.push(fc.constantFrom(...examples))
	if (vocabulary) known.push(fc.constantFrom(...codesOf(vocabulary)))
	if (clean && known.length) return fc.oneof(...known)
	const options: Array<fc.Arbitrary<string>> = [...known]
	switch (spec.kind) {
		case 'string':
			if (spec.format === 'uuid')
				options.push(context.ids.length ? fc.constantFrom(...context.ids) : fc.uuid(), fc.uuid({ version: [4] }))
			else if (spec.format === 'email')
				options.push(
					fc.emailAddress(),
					...(clean ? [] : [fc.constantFrom('person@example.org', 'Person@Example.ORG ', 'a@b')]),
				)
			else if (/date|By$|From$|At$/.test(name))
				options.push(
					fc
						.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
						.map((date) => date.toISOString().slice(0, 10)),
				)
			else {
				const min = Math.max(spec.min ?? 0, clean ? 3 : 0)
				options.push(lengthString(min, Math.max(min, Math.min(spec.max ?? 80, 80))))
				const boundaries = boundaryStrings(spec)
				if (boundaries.length && !clean) options.push(fc.constantFrom(...boundaries))
			}
			break
		case 'enum':
			options.push(fc.constantFrom(...spec.values))
			break
		case 'boolean':
			options.push(fc.constantFrom('on', 'true', 'false', ''))
			break
		case 'number':
			options.push(fc.integer({ min: spec.min ?? -10, max: spec.max ?? 1_000_000 }).map(String))
			if (!clean) options.push(fc.constantFrom(String(spec.min ?? 0), String(spec.max ?? 0), '1,5', '2.5'))
			break
		case 'array':
			return plausible(name, spec.of, context, clean)
		default:
			options.push(lengthString(clean ? 3 : 0, 40))
	}
	return fc.oneof(...options)
}

/** The values one field posts: usually one plausible value, sometimes none, several, or hostile ones. */
export function fieldValues(name: string, spec: Spec, context: ValueContext): fc.Arbitrary<string[]> {
	const one = plausible(name, spec, context)
	const many = spec.kind === 'array' ? (spec.max ?? 5) + 2 : 3
	return fc.oneof(
		{ weight: 12, arbitrary: one.map((value) => [value]) },
		{
			weight: spec.kind === 'array' ? 6 : 1,
			arbitrary: fc.array(one, { minLength: 2, maxLength: Math.min(many, 12) }),
		},
		{ weight: 2, arbitrary: fc.constant<string[]>([]) },
		{ weight: 3, arbitrary: hostileText.map((value) => [value]) },
		{ weight: 1, arbitrary: fc.tuple(one, hostileText).map((values): string[] => [...values]) },
	)
}

/** The values a careful person posts: one good value (a few for a list), or none for a field they skip. */
export function cleanFieldValues(name: string, spec: Spec, context: ValueContext): fc.Arbitrary<string[]> {
	const one = plausible(name, spec, context, true)
	return fc.oneof(
		{
			weight: 8,
			arbitrary:
				spec.kind === 'array' ? fc.uniqueArray(one, { minLength: 1, maxLength: 3 }) : one.map((value) => [value]),
		},
		{ weight: 1, arbitrary: fc.constant<string[]>([]) },
	)
}

export type FormEntries = Array<[string, string]>

/**
 * A whole form for a schema: each field present or not, plausible or hostile,
 * plus fields nobody asked for and the fixed fields a page's form carries
 * (the intent of the button pressed, hidden ids). About a third of the forms
 * are filled in carefully, so that the actions' success paths run as well as
 * their refusals.
 */
export function formFor(
	fields: Record<string, Spec>,
	context: ValueContext,
	fixed: Record<string, fc.Arbitrary<string[]>> = {},
): fc.Arbitrary<FormEntries> {
	const names = [...new Set([...Object.keys(fields), ...Object.keys(fixed)])]
	const flat = (values: (name: string, spec: Spec) => fc.Arbitrary<string[]>) =>
		fc.record(
			Object.fromEntries(
				names.map((name) => [
					name,
					fixed[name] ?? (fields[name]!.kind === 'object' ? fc.constant<string[]>([]) : values(name, fields[name]!)),
				]),
			),
		)
	const nested = Object.entries(fields).filter(([, spec]) => spec.kind === 'array' && spec.of.kind === 'object')
	const nestedEntries = nested.length
		? fc
				.array(
					fc.tuple(fc.constantFrom(...nested), fc.nat({ max: 3 })).chain(([[name, spec], index]) => {
						const inner = (spec as { of: { fields: Record<string, Spec> } }).of.fields
						return fc
							.tuple(
								...Object.entries(inner).map(([field, fieldSpec]) =>
									fieldValues(field, fieldSpec, context).map((values) =>
										values.map((value) => [`${name}[${index}].${field}`, value] as [string, string]),
									),
								),
							)
							.map((groups) => groups.flat())
					}),
					{ maxLength: 3 },
				)
				.map((groups) => groups.flat())
		: fc.constant([] as FormEntries)
	const extras = fc.array(
		fc.tuple(fc.constantFrom('intent', 'id', '__proto__', 'verified', 'organizationId', 'x'), hostileText),
		{ maxLength: 2 },
	)
	const toEntries = (values: Record<string, string[]>): FormEntries =>
		names.flatMap((name) => values[name]!.map((value): [string, string] => [name, value]))
	const careful = flat((name, spec) => cleanFieldValues(name, spec, context)).map(toEntries)
	const careless = fc
		.tuple(
			flat((name, spec) => fieldValues(name, spec, context)),
			nestedEntries,
			extras,
			fc.boolean(),
		)
		.map(([values, nestedValues, extra, reversed]) => {
			const entries = [...toEntries(values), ...nestedValues, ...extra]
			return reversed ? entries.reverse() : entries
		})
	return fc.oneof({ weight: 1, arbitrary: careful }, { weight: 2, arbitrary: careless })
}
