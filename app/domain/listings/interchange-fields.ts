// The field rules of the interchange format (docs/interchange-format.md):
// how each kind of value a listing record holds is cleaned and checked, with
// its message keys. The record and file schemas (interchange.ts) are built
// from them, and so are other things people type into the portal.
//
// Normalisation the schema applies (values are never silently dropped):
// - text is trimmed, Unicode-NFC-normalised, ASCII control characters other
//   than tab and newline are removed, and one-line fields (names, titles,
//   tags) have runs of whitespace collapsed to one space. HTML is NOT
//   stripped: text is stored as typed and escaped when rendered.
// - refs are case-insensitive: "ORG-0042" is accepted and stored as
//   "org-0042", so re-importing a spreadsheet with different capitalisation
//   updates the same listing instead of creating a duplicate.
// - taxonomy codes are case-insensitive ("CAR-T" becomes "car-t", "b" becomes "B");
//   anything else that is not a code is an error naming the code, with a hint
//   when it is a known label or synonym.
// - list fields are de-duplicated (tags case-insensitively, first spelling wins)
//   and empty entries are ignored; an absent list is an empty list.
// - null and empty strings in optional fields mean "not given", as in a CSV cell.
import { z } from 'zod'
import type { MessageKey } from '~/i18n/messages.ts'
import { message, type MessageParams } from '../messages.ts'
import { codesOf, isCode, taxonomy, type VocabularyName } from '../../taxonomy/taxonomy.ts'
import { normalisePostcode } from '../places/postcode.ts'
import { readLanguages } from './language-names.ts'
import { isImageKey } from '../images/image-key.ts'

export const limits = {
	ref: 64,
	name: 200,
	summary: 280,
	description: 10_000,
	shortText: 200,
	email: 254,
	website: 2048,
	tags: 60,
	tag: 100,
	languages: 20,
	areaSqm: 1_000_000,
	suites: 1_000,
} as const

// ───────────────────────── text ─────────────────────────

// Tab and newline are the only control characters people mean to type; the
// others (NUL, escape sequences, form feeds from pasted PDFs) break CSV
// exports, search indexing and terminals.
// eslint-disable-next-line no-control-regex
const UNWANTED_CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F]/g

/** Trims, normalises line endings and Unicode, removes control characters except tab and newline. */
export function cleanText(value: string, options: { multiline: boolean }): string {
	const cleaned = value.normalize('NFC').replace(/\r\n?/g, '\n').replace(UNWANTED_CONTROL_CHARACTERS, '')
	return (options.multiline ? cleaned : cleaned.replace(/\s+/g, ' ')).trim()
}

type Refinement = z.RefinementCtx

/** How the schemas name a field in a message: the catalogue's label of it. */
export type FieldLabel = MessageKey & `label.${string}`

function fail(ctx: Refinement, key: MessageKey, params?: MessageParams) {
	ctx.addIssue({ code: z.ZodIssueCode.custom, message: message(key, params) })
}

function isAbsent(value: unknown): boolean {
	return value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
}

/** Makes a field optional where null, "" and whitespace count as "not given", as a CSV cell or form does. */
export function optional<T extends z.ZodTypeAny>(schema: T) {
	return z.preprocess((value) => (isAbsent(value) ? undefined : value), schema.optional())
}

function stringOf(label: FieldLabel, typeError: MessageKey = 'check.notText') {
	return z.string({
		required_error: message('check.required', { label }),
		invalid_type_error: message(typeError, { label }),
	})
}

function textSchema(label: FieldLabel, max: number, multiline: boolean) {
	return stringOf(label)
		.transform((value) => cleanText(value, { multiline }))
		.superRefine((value, ctx) => {
			if (value === '') fail(ctx, 'check.required', { label })
			else if (value.length > max) fail(ctx, 'check.tooLong', { label, max, length: value.length })
		})
}

export const requiredLine = (label: FieldLabel, max: number) => textSchema(label, max, false)
export const optionalLine = (label: FieldLabel, max: number) => optional(textSchema(label, max, false))
export const optionalParagraphs = (label: FieldLabel, max: number) => optional(textSchema(label, max, true))

// ───────────────────────── identifiers ─────────────────────────

/** A stored picture's key (app/domain/images/image-key.ts): only ever one the portal wrote. */
export const imageKeySchema = optional(
	stringOf('label.image').superRefine((value, ctx) => {
		if (!isImageKey(value)) fail(ctx, 'check.imageKey', { label: 'label.image', value })
	}),
)

const REF_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/

export function refSchema(label: FieldLabel) {
	return stringOf(label)
		.transform((value) => cleanText(value, { multiline: false }).toLowerCase())
		.superRefine((value, ctx) => {
			if (value === '') fail(ctx, 'check.required', { label })
			else if (!REF_PATTERN.test(value)) fail(ctx, 'check.ref', { label, value, max: limits.ref })
		})
}

/** Check character of an ORCID iD (ISO 7064 MOD 11-2) for its first 15 digits. */
export function orcidCheckCharacter(first15Digits: string): string {
	let total = 0
	for (const digit of first15Digits) total = (total + Number(digit)) * 2
	const result = (12 - (total % 11)) % 11
	return result === 10 ? 'X' : String(result)
}

/** True for an ORCID iD written 0000-0000-0000-000X whose check character is right. */
export function isValidOrcid(value: string): boolean {
	if (!/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(value)) return false
	const characters = value.replaceAll('-', '')
	return orcidCheckCharacter(characters.slice(0, 15)) === characters[15]
}

export const orcidSchema = z
	.string({ invalid_type_error: message('check.notText', { label: 'label.orcid' }) })
	// People paste the profile address as often as the bare iD.
	.transform((value) =>
		cleanText(value, { multiline: false })
			.replace(/^https?:\/\/(www\.)?orcid\.org\//i, '')
			.toUpperCase(),
	)
	.superRefine((value, ctx) => {
		if (!/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(value)) fail(ctx, 'check.orcidFormat', { value })
		else if (!isValidOrcid(value)) fail(ctx, 'check.orcidCheck', { value })
	})

// ───────────────────────── formats ─────────────────────────

/** True for a date written YYYY-MM-DD that exists in the calendar (no 2027-02-30). */
export function isIsoCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
	if (!match) return false
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
	const date = new Date(Date.UTC(year, month - 1, day))
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

// No date the hub deals in (an availability, an expiry, a start) lies outside
// these; a year like 9999 is a typo or an attack, and a day after it is one
// PostgreSQL cannot store (the outbox schedules work for the day after an expiry).
const EARLIEST_DATE = '1900-01-01'
const LATEST_DATE = '2199-12-31'

export function isoDateSchema(label: FieldLabel) {
	return z
		.string({ invalid_type_error: message('check.dateType', { label }) })
		.transform((value) => value.trim())
		.superRefine((value, ctx) => {
			if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) fail(ctx, 'check.date', { label, value })
			else if (!isIsoCalendarDate(value)) fail(ctx, 'check.calendarDate', { label, value })
			else if (value < EARLIEST_DATE || value > LATEST_DATE) fail(ctx, 'check.dateRange', { label, value })
		})
}

export function isHttpUrl(value: string): boolean {
	try {
		const url = new URL(value)
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
	} catch {
		return false
	}
}

export const websiteSchema = z
	.string({ invalid_type_error: message('check.notText', { label: 'label.website' }) })
	.transform((value) => value.trim())
	.superRefine((value, ctx) => {
		if (value.length > limits.website) fail(ctx, 'check.urlTooLong', { label: 'label.website', max: limits.website })
		else if (!isHttpUrl(value)) fail(ctx, 'check.website', { label: 'label.website', value })
	})

export const emailSchema = z
	.string({
		// A form leaves an empty box out altogether: a required address must say so in words, not Zod's "Required".
		required_error: message('check.required', { label: 'label.email' }),
		invalid_type_error: message('check.notText', { label: 'label.email' }),
	})
	.transform((value) => value.trim())
	.superRefine((value, ctx) => {
		if (value.length > limits.email || !z.string().email().safeParse(value).success)
			fail(ctx, 'check.email', { label: 'label.email', value })
	})

export const postcodeSchema = z
	.string({ invalid_type_error: message('check.notText', { label: 'label.postcode' }) })
	.transform((value, ctx) => {
		const postcode = normalisePostcode(value)
		if (postcode === undefined) {
			fail(ctx, 'check.postcode', {
				label: 'label.postcode',
				value: cleanText(value, { multiline: false }).slice(0, 20),
			})
			return z.NEVER
		}
		return postcode
	})

export function coordinateSchema(label: FieldLabel, bound: number) {
	return z
		.number({ invalid_type_error: message('check.number', { label }) })
		.refine((value) => Number.isFinite(value) && value >= -bound && value <= bound, {
			message: message('check.range', { label, min: -bound, max: bound }),
		})
}

export function countSchema(label: FieldLabel, max: number) {
	return z
		.number({ invalid_type_error: message('check.number', { label }) })
		.refine((value) => Number.isInteger(value) && value >= 1 && value <= max, {
			message: message('check.wholeNumber', { label, max }),
		})
}

export function booleanSchema(label: FieldLabel) {
	return z.boolean({ invalid_type_error: message('check.yesNo', { label }) })
}

// ───────────────────────── lists ─────────────────────────

function uniqueBy<T>(values: readonly T[], key: (value: T) => unknown): T[] {
	const seen = new Set<unknown>()
	return values.filter((value) => {
		const k = key(value)
		if (seen.has(k)) return false
		seen.add(k)
		return true
	})
}

/** A list field; absent means empty, and one bare value is read as a list of one. */
function listSchema<T extends z.ZodTypeAny>(label: FieldLabel, item: T, maxItems: number) {
	return z.preprocess(
		(value) => (Array.isArray(value) ? value : isAbsent(value) ? [] : typeof value === 'string' ? [value] : value),
		z.array(item, { invalid_type_error: message('check.notList', { label }) }).refine(
			(values) => values.length <= maxItems,
			(values) => ({ message: message('check.tooMany', { label, max: maxItems, count: values.length }) }),
		),
	)
}

export function tagsSchema(label: FieldLabel) {
	const tag = z
		.string({ invalid_type_error: message('check.entryNotText', { label }) })
		.transform((value) => cleanText(value, { multiline: false }))
		.superRefine((value, ctx) => {
			if (value.length > limits.tag)
				fail(ctx, 'check.entryTooLong', { label, value: value.slice(0, 30), max: limits.tag, length: value.length })
		})
	return listSchema(label, tag, limits.tags).transform((values) =>
		uniqueBy(
			values.filter((value) => value !== ''),
			(value) => value.toLocaleLowerCase('sv'),
		),
	)
}

// Labels and synonyms people type instead of codes, for a "did you mean" hint.
const hintIndex = new Map<VocabularyName, Map<string, string>>()
function hintFor(vocabulary: VocabularyName, typed: string): string | undefined {
	let index = hintIndex.get(vocabulary)
	if (!index) {
		index = new Map()
		for (const term of taxonomy[vocabulary])
			for (const word of [term.en, term.sv, ...(term.synonyms ?? [])]) {
				const key = word.toLocaleLowerCase('sv')
				if (!index.has(key)) index.set(key, term.code)
			}
		hintIndex.set(vocabulary, index)
	}
	return index.get(typed.toLocaleLowerCase('sv'))
}

export function unknownCodeMessage(vocabulary: VocabularyName, code: string): string {
	const hint = hintFor(vocabulary, code)
	const noun = `noun.${vocabulary}` as const
	return hint
		? message('check.unknownCodeHint', { noun, code, hint })
		: message('check.unknownCode', { noun, code, known: codesOf(vocabulary).join(', ') })
}

/** The code as the taxonomy spells it, accepting any capitalisation. */
function canonicalCode(vocabulary: VocabularyName, value: string): string | undefined {
	if (isCode(vocabulary, value)) return value
	const lower = value.toLowerCase()
	return codesOf(vocabulary).find((code) => code.toLowerCase() === lower)
}

/** One code; inside a list an empty entry is tolerated (and later ignored), on its own it is missing. */
export function codeSchema(vocabulary: VocabularyName, label: FieldLabel, options: { inList: boolean }) {
	return stringOf(label, 'check.notCode').transform((value, ctx) => {
		const typed = cleanText(value, { multiline: false })
		if (typed === '') {
			if (options.inList) return typed
			fail(ctx, 'check.requiredChoice', { label, known: codesOf(vocabulary).join(', ') })
			return z.NEVER
		}
		const code = canonicalCode(vocabulary, typed)
		if (code === undefined) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: unknownCodeMessage(vocabulary, typed) })
			return z.NEVER
		}
		return code
	})
}

export function codesSchema(vocabulary: VocabularyName, label: FieldLabel) {
	// Room for repeats and spelling variants that de-duplicate away, but not for a runaway paste.
	const maxItems = taxonomy[vocabulary].length * 4
	return listSchema(label, codeSchema(vocabulary, label, { inList: true }), maxItems).transform((codes) =>
		uniqueBy(
			codes.filter((code) => code !== ''),
			(code) => code,
		),
	)
}

/**
 * Languages by name or code, in either language or the language's own
 * ("svenska, engelska", "Swedish; English", "sv, en", "Deutsch"): one entry
 * may list several. Stored as ISO 639-1 codes; every word that names no
 * language gets its own message.
 */
export const languagesSchema = listSchema(
	'label.languages',
	z.string({ invalid_type_error: message('check.languageType') }).transform((value, ctx) => {
		const { codes, unknown } = readLanguages(cleanText(value, { multiline: true }))
		for (const word of unknown) fail(ctx, 'check.language', { word: word.slice(0, 40) })
		return unknown.length ? z.NEVER : codes
	}),
	limits.languages,
)
	.transform((lists) => uniqueBy(lists.flat(), (code) => code))
	.refine(
		(codes) => codes.length <= limits.languages,
		(codes) => ({
			message: message('check.tooMany', { label: 'label.languages', max: limits.languages, count: codes.length }),
		}),
	)

/**
 * The field rules of the interchange format, for other things people type
 * into the portal (match requests, curation forms): the same cleaning,
 * limits, code checks and messages.
 */
export const fieldSchemas = {
	optional,
	requiredLine,
	optionalLine,
	requiredParagraphs: (label: FieldLabel, max: number) => textSchema(label, max, true),
	optionalParagraphs,
	codes: codesSchema,
	code: (vocabulary: VocabularyName, label: FieldLabel) => codeSchema(vocabulary, label, { inList: false }),
	isoDate: isoDateSchema,
}
