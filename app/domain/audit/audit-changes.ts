// What an audit entry changed, as rows a coordinator reads: a label in their
// language, the value before and after (lists as what was added and removed),
// dates, yes/no and taxonomy codes as words, long texts shortened with the
// whole text kept. Ids the sentence already names as links are left out.
import type { Translator } from '~/i18n/messages.ts'
import { listingFields, type ListingField } from '../listings/listing-fields.ts'
import { labelOr, shorten } from './audit-sentence.ts'

export type ChangeValue =
	| { kind: 'none' }
	/** `short` is set when the text is too long to show whole in a row. */
	| { kind: 'text'; text: string; short?: string }
	| { kind: 'list'; items: string[] }

export type ChangeRow =
	| { kind: 'changed'; label: string; from: ChangeValue; to: ChangeValue; added: string[]; removed: string[] }
	| { kind: 'set'; label: string; value: ChangeValue }

export interface ChangeGroup {
	/** Null for the entry's own changes; a heading for a second set (the coordinator's edits). */
	heading: string | null
	rows: ChangeRow[]
}

/** Texts longer than this show their start in the row and the whole in a fold-out. */
export const LONG_TEXT = 160

// Named by the sentence (as links) or meaningful only to the database.
const hiddenKeys = new Set([
	'revisionId',
	'verificationId',
	'organizationId',
	'invitationId',
	'requestId',
	'listingId',
	'providers',
	'routes',
	'mergedInto',
	'mergedFrom',
	'approvedWith',
	'via',
	'outcome',
])

const listingFieldsByName = new Map<string, ListingField>(
	Object.values(listingFields).flatMap((fields) => fields.map((field) => [field.name, field] as const)),
)

const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/

type Say = (key: string, fallback: string) => string

function sayer(i18n: Translator): Say {
	return (key, fallback) => labelOr(i18n, key, fallback)
}

/** Words for codes the portal stores in the log, by the key they are stored under. */
const valueLabels: Record<string, string> = {
	status: 'listingStatus',
	visibility: 'visibility',
	role: 'audit.role',
	platformRole: 'audit.platformRole',
	scopes: 'apiTokens.scope',
	fields: 'audit.changes',
	offerStatus: 'establish.status',
}

function word(say: Say, i18n: Translator, key: string, value: string, field?: ListingField): string {
	if (field?.vocabulary) return i18n.term(field.vocabulary, value)
	const prefix = valueLabels[key]
	if (prefix === 'audit.changes') return say(`audit.changes.${value}`, say(`listingField.${value}`, value))
	return prefix ? say(`${prefix}.${value}`, value) : value
}

function valueOf(say: Say, i18n: Translator, key: string, value: unknown, field?: ListingField): ChangeValue {
	if (value === null || value === undefined || value === '') return { kind: 'none' }
	if (Array.isArray(value)) {
		const items = value.map((item) => textOf(say, i18n, key, item, field))
		return items.length ? { kind: 'list', items } : { kind: 'none' }
	}
	const text = textOf(say, i18n, key, value, field)
	return text.length > LONG_TEXT ? { kind: 'text', text, short: shorten(text, LONG_TEXT) } : { kind: 'text', text }
}

function textOf(say: Say, i18n: Translator, key: string, value: unknown, field?: ListingField): string {
	if (typeof value === 'boolean') return i18n.t(value ? 'form.yesNo.yes' : 'form.yesNo.no')
	if (typeof value === 'number') return i18n.formatNumber(value)
	if (typeof value === 'string') {
		if (DATE.test(value)) return i18n.formatDate(value, value.length > 10 ? 'minute' : 'day')
		return word(say, i18n, key, value, field)
	}
	if (value && typeof value === 'object') {
		// A nested record (rare): its parts in words, never as JSON.
		return Object.entries(value)
			.map(([name, inner]) => `${say(`audit.changes.${name}`, name)}: ${textOf(say, i18n, name, inner)}`)
			.join(', ')
	}
	return String(value)
}

function isFromTo(value: unknown): value is { from?: unknown; to?: unknown } {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && ('from' in value || 'to' in value)
}

function changedRow(
	say: Say,
	i18n: Translator,
	label: string,
	key: string,
	change: { from?: unknown; to?: unknown },
	field?: ListingField,
): ChangeRow {
	const before = Array.isArray(change.from) ? change.from.map(String) : []
	const after = Array.isArray(change.to) ? change.to.map(String) : []
	const listed = (values: string[]) => values.map((value) => textOf(say, i18n, key, value, field))
	return {
		kind: 'changed',
		label,
		from: valueOf(say, i18n, key, change.from, field),
		to: valueOf(say, i18n, key, change.to, field),
		added: listed(after.filter((value) => !before.includes(value))),
		removed: listed(before.filter((value) => !after.includes(value))),
	}
}

function fieldRows(say: Say, i18n: Translator, fields: unknown): ChangeRow[] {
	if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return []
	return Object.entries(fields).flatMap(([name, change]) =>
		isFromTo(change)
			? [changedRow(say, i18n, say(`listingField.${name}`, name), name, change, listingFieldsByName.get(name))]
			: [],
	)
}

/** The changes an entry recorded, in groups of rows; empty when there is nothing to show. */
export function auditChanges(i18n: Translator, action: string, changes: unknown): ChangeGroup[] {
	if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return []
	const say = sayer(i18n)
	const { fields, coordinatorEdits, from, to, ...rest } = changes as Record<string, unknown>
	const own: ChangeRow[] = Array.isArray(fields)
		? [{ kind: 'set', label: say('audit.changes.fields', 'fields'), value: valueOf(say, i18n, 'fields', fields) }]
		: fieldRows(say, i18n, fields)
	if (from !== undefined || to !== undefined) {
		// A change of state with no name of its own: a route's answer or an account's role.
		const key = action.startsWith('user.') ? 'platformRole' : 'status'
		const prefix = action.startsWith('route.') ? 'route.status' : valueLabels[key]
		const label = say(`audit.changes.${key}`, key)
		const words = (value: unknown) => (typeof value === 'string' ? say(`${prefix}.${value}`, value) : value)
		own.push(changedRow(say, i18n, label, key, { from: words(from), to: words(to) }))
	}
	for (const [key, value] of Object.entries(rest)) {
		if (hiddenKeys.has(key)) continue
		const label = say(`audit.changes.${key}`, say(`listingField.${key}`, key))
		if (isFromTo(value)) own.push(changedRow(say, i18n, label, key, value))
		else if (key === 'movedChildIds')
			own.push({ kind: 'set', label, value: valueOf(say, i18n, key, Array.isArray(value) ? value.length : 0) })
		else own.push({ kind: 'set', label, value: valueOf(say, i18n, key, value) })
	}
	const edits = fieldRows(say, i18n, coordinatorEdits)
	return [
		...(own.length ? [{ heading: null, rows: own }] : []),
		...(edits.length ? [{ heading: i18n.t('audit.changes.coordinatorEdits'), rows: edits }] : []),
	]
}
