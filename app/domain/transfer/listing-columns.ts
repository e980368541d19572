// The CSV columns of each listing type: the interchange record's own field
// names (docs/interchange-format.md), read from the one record schema, so a
// field added to the format is a column without a change here. What kind of
// value a column holds (list, yes/no, number) is asked of the schema too.
import type { z } from 'zod'
import {
	expertRecordObject,
	facilityRecordObject,
	labRecordSchema,
	listingTypes,
	organizationRecordObject,
	type ListingType,
} from '../listings/interchange.ts'
import type { VocabularyName } from '../../taxonomy/taxonomy.ts'

const shapes: Record<ListingType, z.ZodRawShape> = {
	organization: organizationRecordObject.shape,
	lab: labRecordSchema.shape,
	facility: facilityRecordObject.shape,
	expert: expertRecordObject.shape,
}

/** The column that says which listing type a row of a combined file is. */
export const TYPE_COLUMN = 'type'

export function columnsOf(type: ListingType): string[] {
	return Object.keys(shapes[type])
}

/** The combined file's columns: the type, then every type's fields in the order they first appear. */
export function combinedColumns(): string[] {
	return [TYPE_COLUMN, ...new Set(listingTypes.flatMap(columnsOf))]
}

export type ColumnKind = 'list' | 'yesNo' | 'number' | 'text'

// A list field reads an absent value as an empty list, or (an optional one,
// such as the verifications' evidence) takes an empty list; a yes/no field
// takes `true` and a number field takes 1, where a text field takes neither.
function kindOfSchema(schema: z.ZodTypeAny): ColumnKind {
	const absent = schema.safeParse(undefined)
	if (absent.success && Array.isArray(absent.data)) return 'list'
	if (schema.safeParse([]).success) return 'list'
	if (schema.safeParse(true).success) return 'yesNo'
	if (schema.safeParse(1).success) return 'number'
	return 'text'
}

const kinds = new Map<string, ColumnKind>()

export function columnKind(type: ListingType, column: string): ColumnKind | undefined {
	const schema = shapes[type][column]
	if (!schema) return undefined
	const key = `${type}.${column}`
	let kind = kinds.get(key)
	if (!kind) {
		kind = kindOfSchema(schema as z.ZodTypeAny)
		kinds.set(key, kind)
	}
	return kind
}

/**
 * The taxonomy behind each code field, so a spreadsheet may hold a label in
 * either language ("Lentivirala vektorer") where the format holds its code.
 */
export const vocabularyOfColumn: Readonly<Record<string, VocabularyName>> = {
	kind: 'organizationKinds',
	modalities: 'modalities',
	services: 'services',
	phases: 'phases',
	cleanroomGrades: 'cleanroomGrades',
	productTypes: 'productTypes',
	licences: 'licences',
	openTo: 'openTo',
}
