import type { ZodError } from 'zod'
import type { MessageKey } from '~/i18n/messages.ts'
import type { Translator } from '~/i18n/messages.ts'
import type { Rule } from './rules.ts'

// What the portal says when it refuses something travels as a message key
// with parameters, never as a sentence: the same Zod schema runs in the
// browser, in actions, in the importer and at the terminal, and each of them
// renders the message from the catalogue in its reader's language. Encoded as
// one string ("check.tooLong?label=label.name&max=200&length=201") so it fits
// wherever Zod and Conform carry a message.

export type MessageParams = Record<string, string | number>

/** A message key with its parameters, as one string. */
export function message(key: MessageKey, params?: MessageParams): string {
	if (!params || Object.keys(params).length === 0) return key
	return `${key}?${new URLSearchParams(Object.entries(params).map(([name, value]) => [name, String(value)]))}`
}

/** What a refusal by this rule says: the catalogue's `rule:<code>`, the code being what clients see on the wire. */
export function ruleMessage(rule: Rule, params?: MessageParams): string {
	return message(`rule:${rule}`, params)
}

export interface FieldIssue {
	/** Dotted path of the field ("modalities", "lat"); empty for the record or form as a whole. */
	field: string
	message: string
}

/** A schema's refusal, field by field. */
export function fieldIssues(error: ZodError): FieldIssue[] {
	return error.issues.map((issue) => ({
		field: issue.path.filter((segment) => typeof segment === 'string').join('.'),
		message: issue.message,
	}))
}

export interface DecodedMessage {
	key: string
	params: Record<string, string>
}

export function decodeMessage(encoded: string): DecodedMessage {
	const separator = encoded.indexOf('?')
	if (separator < 0) return { key: encoded, params: {} }
	return {
		key: encoded.slice(0, separator),
		params: Object.fromEntries(new URLSearchParams(encoded.slice(separator + 1))),
	}
}

/**
 * Parameters that name another catalogue entry (the field's label, the kind
 * of code) rather than carry a value: they are rendered in the reader's
 * language too. Nothing a person typed ever goes into them.
 */
const nestedParams = ['label', 'noun'] as const

/**
 * Where a message is read. Beside its field on a form the label is already on
 * screen, so the catalogue's text is short ("This field is required."). In a
 * report (the importer's, the terminal's) the line must say which field it
 * means: the catalogue's `<key>.report` text does ("Name is required").
 */
export type MessageUse = 'field' | 'report'

/** "check.required", "rule:already-routed": the shape of a key, as opposed to a sentence. */
const keyShape = /^[a-z][\w-]*[.:][\w.:-]+$/i

/**
 * A message in the reader's language. A key the catalogue lacks reads as
 * "not valid"; so does a sentence that is not a key (a Zod default nobody
 * worded), except in English, where it is already readable, and in a report,
 * where a developer may be the reader.
 */
export function renderMessage(
	i18n: Pick<Translator, 't' | 'has' | 'locale'>,
	encoded: string,
	use: MessageUse = 'field',
): string {
	const { key, params } = decodeMessage(encoded)
	const reportKey = `${key}.report`
	const chosen = use === 'report' && i18n.has(reportKey) ? reportKey : key
	if (!i18n.has(chosen)) {
		const readable = use === 'report' || (i18n.locale === 'en' && !keyShape.test(key))
		return readable ? encoded : i18n.t('check.invalid')
	}
	const values: Record<string, string> = { ...params }
	for (const name of nestedParams) {
		const nested = values[name]
		if (nested !== undefined && i18n.has(nested)) values[name] = renderMessage(i18n, nested, use)
	}
	return (i18n.t as (key: MessageKey, params: Record<string, string>) => string)(chosen, values)
}

/**
 * "Too many attempts; try again in …": in seconds while the wait is short
 * (failed logins earn waits of a few seconds), in whole minutes rounded up
 * after that, so it never says 0.
 */
export function waitMessage(retryAfterSeconds: number): string {
	const seconds = Math.max(1, Math.ceil(retryAfterSeconds))
	if (seconds < 60) return message('auth.rateLimited.seconds', { seconds })
	const minutes = Math.ceil(seconds / 60)
	return minutes === 1 ? message('auth.rateLimited.oneMinute') : message('auth.rateLimited', { minutes })
}
