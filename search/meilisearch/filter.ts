// Meilisearch filter expressions from validated facet filters. Attribute
// names come only from the index definition; every value is a double-quoted
// string literal with backslashes and quotes escaped, so no value can end the
// literal and add an operator (OR, =, TO, parentheses…).
import { dayNumber, FREE_RANGE_SLOTS, freeSlotAttributes, type AvailabilityFilter } from '../availability.ts'
import type { SearchAudience } from '../engine.ts'
import { facetByName, facetNames, type FacetName } from '../index-definition.ts'

export class FilterError extends Error {
	constructor(message: string) {
		super(message)
		this.name = 'FilterError'
	}
}

export function quoteFilterValue(value: string): string {
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/** `attribute = "value"` with an escaped value; the attribute must be one we defined. */
export function equals(attribute: string, value: string): string {
	if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(attribute)) throw new FilterError(`not a filterable attribute: ${attribute}`)
	return `${attribute} = ${quoteFilterValue(value)}`
}

/** What every query is limited to, whatever the index happens to hold: members-only documents for members only. */
export function audienceScope(audience: SearchAudience): string[] {
	const published = equals('status', 'published')
	return audience === 'members' ? [published] : [published, equals('visibility', 'public')]
}

/**
 * The filter as a list of clauses that Meilisearch AND-s; each facet is one
 * clause OR-ing its values. `except` leaves one facet out (its disjunctive counts).
 */
export function buildFilter(
	filters: Partial<Record<FacetName, string[]>>,
	options: { except?: FacetName; audience?: SearchAudience; available?: AvailabilityFilter } = {},
): string[] {
	const clauses = audienceScope(options.audience ?? 'public')
	if (options.available) clauses.push(availabilityClause(options.available))
	for (const [name, values] of Object.entries(filters)) {
		if (!(facetNames as readonly string[]).includes(name)) throw new FilterError(`unknown facet: ${name}`)
		if (name === options.except || !values?.length) continue
		const facet = facetByName[name as FacetName]
		const alternatives = values.map((value) => equals(facet.attribute, value))
		clauses.push(alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`)
	}
	return clauses
}

/**
 * One free range covering the period: some slot starts on or before its first
 * day and ends on or after its last. The numbers are day counts computed from
 * validated dates, never text from the query.
 */
export function availabilityClause(available: AvailabilityFilter): string {
	const first = dayNumber(available.from)
	const last = dayNumber(available.to)
	if (!Number.isInteger(first) || !Number.isInteger(last)) throw new FilterError('not a date')
	const slots = Array.from({ length: FREE_RANGE_SLOTS }, (_, slot) => {
		const { from, to } = freeSlotAttributes(slot)
		return `(${from} <= ${first} AND ${to} >= ${last})`
	})
	return `(${slots.join(' OR ')})`
}
