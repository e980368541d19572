// Field-by-field comparison of two interchange records of one listing type:
// the published version and a proposed one. Pure, so the review page, the
// audit entry and the tests all see the same differences.
import type { ListingType } from './interchange.ts'
import { listingFields, type ListingField } from './listing-fields.ts'

export type FieldValue = string | number | boolean | string[] | null

export interface FieldDiff {
	field: ListingField
	before: FieldValue
	after: FieldValue
	changed: boolean
	/** For lists: entries only the proposal has, and entries it drops. */
	added: string[]
	removed: string[]
}

function normalise(value: unknown): FieldValue {
	if (value === undefined || value === null || value === '') return null
	if (Array.isArray(value)) return value.length ? value.map(String) : null
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
	return String(value)
}

function same(a: FieldValue, b: FieldValue): boolean {
	if (Array.isArray(a) || Array.isArray(b)) {
		// Order of taxonomy codes carries no meaning; order of free-text entries does not either.
		const left = Array.isArray(a) ? [...a].sort() : []
		const right = Array.isArray(b) ? [...b].sort() : []
		return left.length === right.length && left.every((value, index) => value === right[index])
	}
	return a === b
}

/**
 * Every field of the type, each marked changed or not. `before` is null for a
 * listing that was never published (every field the proposal fills is new).
 */
export function revisionDiff(
	type: ListingType,
	before: Readonly<Record<string, unknown>> | null,
	after: Readonly<Record<string, unknown>>,
): FieldDiff[] {
	return listingFields[type].map((field) => {
		const old = normalise(before?.[field.name])
		const proposed = normalise(after[field.name])
		const oldList = Array.isArray(old) ? old : []
		const newList = Array.isArray(proposed) ? proposed : []
		return {
			field,
			before: old,
			after: proposed,
			changed: !same(old, proposed),
			added: newList.filter((value) => !oldList.includes(value)),
			removed: oldList.filter((value) => !newList.includes(value)),
		}
	})
}

/** The changed fields only, as the audit log stores them: { field: { from, to } }. */
export function changedFields(
	type: ListingType,
	before: Readonly<Record<string, unknown>> | null,
	after: Readonly<Record<string, unknown>>,
): Record<string, { from: FieldValue; to: FieldValue }> {
	return Object.fromEntries(
		revisionDiff(type, before, after)
			.filter((diff) => diff.changed)
			.map((diff) => [diff.field.name, { from: diff.before, to: diff.after }]),
	)
}
