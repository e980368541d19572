// The one schema for listing records of the interchange format
// (docs/interchange-format.md). Forms, the HTTP API, the bulk importer
// and the exporter all parse through it, so a listing means the same thing
// wherever it enters the portal. Its messages are message keys
// (app/domain/messages.ts): a report renders them for a hub coordinator fixing
// a spreadsheet ("Name is required"), a form beside the field they concern.
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
import { fieldIssues, message, type FieldIssue, type MessageParams } from '../messages.ts'
import { codesOf, isCode, taxonomy, type VocabularyName } from '../../taxonomy/taxonomy.ts'

export const INTERCHANGE_FORMAT = 'atmp-hub-listings'
export const INTERCHANGE_VERSION = 1

export const listingTypes = ['organization', 'lab', 'facility', 'expert'] as const
export type ListingType = (typeof listingTypes)[number]

/** The key of each listing type's array in an interchange file. */
export const sectionOf = {
	organization: 'organizations',
	lab: 'labs',
	facility: 'facilities',
	expert: 'experts',
} as const satisfies Record<ListingType, string>

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
function optional<T extends z.ZodTypeAny>(schema: T) {
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

const requiredLine = (label: FieldLabel, max: number) => textSchema(label, max, false)
const optionalLine = (label: FieldLabel, max: number) => optional(textSchema(label, max, false))
const optionalParagraphs = (label: FieldLabel, max: number) => optional(textSchema(label, max, true))

// ───────────────────────── identifiers ─────────────────────────

const REF_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/

function refSchema(label: FieldLabel) {
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

const orcidSchema = z
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

function isoDateSchema(label: FieldLabel) {
	return z
		.string({ invalid_type_error: message('check.dateType', { label }) })
		.transform((value) => value.trim())
		.superRefine((value, ctx) => {
			if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) fail(ctx, 'check.date', { label, value })
			else if (!isIsoCalendarDate(value)) fail(ctx, 'check.calendarDate', { label, value })
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

const websiteSchema = z
	.string({ invalid_type_error: message('check.notText', { label: 'label.website' }) })
	.transform((value) => value.trim())
	.superRefine((value, ctx) => {
		if (value.length > limits.website) fail(ctx, 'check.urlTooLong', { label: 'label.website', max: limits.website })
		else if (!isHttpUrl(value)) fail(ctx, 'check.website', { label: 'label.website', value })
	})

const emailSchema = z
	.string({ invalid_type_error: message('check.notText', { label: 'label.email' }) })
	.transform((value) => value.trim())
	.superRefine((value, ctx) => {
		if (value.length > limits.email || !z.string().email().safeParse(value).success)
			fail(ctx, 'check.email', { label: 'label.email', value })
	})

function coordinateSchema(label: FieldLabel, bound: number) {
	return z
		.number({ invalid_type_error: message('check.number', { label }) })
		.refine((value) => Number.isFinite(value) && value >= -bound && value <= bound, {
			message: message('check.range', { label, min: -bound, max: bound }),
		})
}

function countSchema(label: FieldLabel, max: number) {
	return z
		.number({ invalid_type_error: message('check.number', { label }) })
		.refine((value) => Number.isInteger(value) && value >= 1 && value <= max, {
			message: message('check.wholeNumber', { label, max }),
		})
}

function booleanSchema(label: FieldLabel) {
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

function tagsSchema(label: FieldLabel) {
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
function codeSchema(vocabulary: VocabularyName, label: FieldLabel, options: { inList: boolean }) {
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

function codesSchema(vocabulary: VocabularyName, label: FieldLabel) {
	// Room for repeats and spelling variants that de-duplicate away, but not for a runaway paste.
	const maxItems = taxonomy[vocabulary].length * 4
	return listSchema(label, codeSchema(vocabulary, label, { inList: true }), maxItems).transform((codes) =>
		uniqueBy(
			codes.filter((code) => code !== ''),
			(code) => code,
		),
	)
}

// Two-letter ISO 639-1 codes (the list is short and stable; a library would be heavier than it).
const ISO_639_1 = new Set(
	(
		'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu ' +
		'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko ' +
		'kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi ' +
		'pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ' +
		'ur uz ve vi vo wa wo xh yi yo za zh zu'
	).split(' '),
)

export function isLanguageCode(value: string): boolean {
	return ISO_639_1.has(value)
}

const languagesSchema = listSchema(
	'label.languages',
	z.string({ invalid_type_error: message('check.languageType') }).transform((value, ctx) => {
		const code = value.trim().toLowerCase()
		if (code !== '' && !isLanguageCode(code)) {
			fail(ctx, 'check.language', { code: value.trim() })
			return z.NEVER
		}
		return code
	}),
	limits.languages,
).transform((codes) =>
	uniqueBy(
		codes.filter((code) => code !== ''),
		(code) => code,
	),
)

// ───────────────────────── records ─────────────────────────

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ')

const recordErrorMap: z.ZodErrorMap = (issue, ctx) => {
	if (issue.code === z.ZodIssueCode.unrecognized_keys)
		return {
			message: message(issue.keys.length > 1 ? 'check.unknownFields' : 'check.unknownField', {
				fields: quoted(issue.keys),
			}),
		}
	if (issue.code === z.ZodIssueCode.invalid_type) return { message: message('check.notRecord') }
	return { message: ctx.defaultError }
}

const commonFields = {
	ref: refSchema('label.ref'),
	name: requiredLine('label.name', limits.name),
	summary: optionalLine('label.summary', limits.summary),
	modalities: codesSchema('modalities', 'label.modalities'),
	services: codesSchema('services', 'label.services'),
	phases: codesSchema('phases', 'label.phases'),
	/** Set by coordinators; self-service edits ignore it. */
	verified: optional(booleanSchema('label.verified')),
}

// Unknown fields are errors rather than ignored: a misspelt column ("modalites")
// would otherwise lose the coordinator's data without a word.
export const organizationRecordObject = z
	.object(
		{
			...commonFields,
			kind: codeSchema('organizationKinds', 'label.kind', { inList: false }),
			description: optionalParagraphs('label.description', limits.description),
			website: optional(websiteSchema),
			email: optional(emailSchema),
			city: optionalLine('label.city', limits.shortText),
			campus: optionalLine('label.campus', limits.shortText),
			lat: optional(coordinateSchema('label.lat', 90)),
			lng: optional(coordinateSchema('label.lng', 180)),
		},
		{ errorMap: recordErrorMap },
	)
	.strict()

export const organizationRecordSchema = organizationRecordObject.superRefine((record, ctx) => {
	// Half a position cannot be put on a map.
	if ((record.lat === undefined) !== (record.lng === undefined)) {
		const missing = record.lat === undefined ? 'lat' : 'lng'
		ctx.addIssue({
			code: z.ZodIssueCode.custom,
			path: [missing],
			message: message('check.coordinatePair', { label: missing === 'lat' ? 'label.lat' : 'label.lng' }),
		})
	}
})

export const labRecordSchema = z
	.object(
		{
			...commonFields,
			organizationRef: refSchema('label.organizationRef'),
			lead: optionalLine('label.lead', limits.shortText),
			description: optionalParagraphs('label.description', limits.description),
			techniques: tagsSchema('label.techniques'),
			acceptsExternalProjects: optional(booleanSchema('label.acceptsExternalProjects')),
		},
		{ errorMap: recordErrorMap },
	)
	.strict()

export const facilityRecordSchema = z
	.object(
		{
			...commonFields,
			// Optional: the format does not require an operator, and a shared
			// infrastructure facility may be listed before its operator is.
			organizationRef: optional(refSchema('label.organizationRef')),
			description: optionalParagraphs('label.description', limits.description),
			cleanroomGrades: codesSchema('cleanroomGrades', 'label.cleanroomGrades'),
			areaSqm: optional(countSchema('label.areaSqm', limits.areaSqm)),
			suites: optional(countSchema('label.suites', limits.suites)),
			productTypes: codesSchema('productTypes', 'label.productTypes'),
			licences: codesSchema('licences', 'label.licences'),
			qpRelease: optional(booleanSchema('label.qpRelease')),
			availableFrom: optional(isoDateSchema('label.availableFrom')),
		},
		{ errorMap: recordErrorMap },
	)
	.strict()

export const expertRecordSchema = z
	.object(
		{
			...commonFields,
			organizationRef: optional(refSchema('label.organizationRef')),
			title: optionalLine('label.title', limits.shortText),
			bio: optionalParagraphs('label.bio', limits.description),
			expertise: tagsSchema('label.expertise'),
			orcid: optional(orcidSchema),
			languages: languagesSchema,
			openTo: codesSchema('openTo', 'label.openTo'),
		},
		{ errorMap: recordErrorMap },
	)
	.strict()

export const recordSchemas = {
	organization: organizationRecordSchema,
	lab: labRecordSchema,
	facility: facilityRecordSchema,
	expert: expertRecordSchema,
} as const

export type OrganizationRecord = z.output<typeof organizationRecordSchema>
export type LabRecord = z.output<typeof labRecordSchema>
export type FacilityRecord = z.output<typeof facilityRecordSchema>
export type ExpertRecord = z.output<typeof expertRecordSchema>

export interface ListingRecordByType {
	organization: OrganizationRecord
	lab: LabRecord
	facility: FacilityRecord
	expert: ExpertRecord
}

export type ListingRecord = ListingRecordByType[ListingType]

/** A record together with its listing type, narrowed by `switch (typed.type)`. */
export type TypedListingRecord = { [T in ListingType]: { type: T; record: ListingRecordByType[T] } }[ListingType]

export function typedRecord<T extends ListingType>(type: T, record: ListingRecordByType[T]): TypedListingRecord {
	return { type, record } as TypedListingRecord
}

// ───────────────────────── whole file ─────────────────────────

function literalSchema<T extends string | number>(value: T, label: FieldLabel) {
	return z.literal(value, {
		errorMap: () => ({ message: message('check.literal', { label, value: JSON.stringify(value) }) }),
	})
}

function sectionSchema<T extends z.ZodTypeAny>(record: T, section: string) {
	return z.preprocess(
		(value) => value ?? [],
		z.array(record, { invalid_type_error: message('check.notSection', { section }) }),
	)
}

const envelopeErrorMap: z.ZodErrorMap = (issue, ctx) => {
	if (issue.code === z.ZodIssueCode.unrecognized_keys)
		return {
			message: message(issue.keys.length > 1 ? 'check.unknownSections' : 'check.unknownSection', {
				sections: quoted(issue.keys),
			}),
		}
	if (issue.code === z.ZodIssueCode.invalid_type && issue.path.length === 0)
		return { message: message('check.notFile') }
	return { message: ctx.defaultError }
}

const envelopeFields = {
	format: literalSchema(INTERCHANGE_FORMAT, 'label.format'),
	version: literalSchema(INTERCHANGE_VERSION, 'label.version'),
}

type Sections = { [S in (typeof sectionOf)[ListingType]]: ReadonlyArray<unknown> }

function duplicateRefIssues(sections: Sections) {
	const firstSeen = new Map<string, string>()
	const issues: Array<{ path: [string, number, string]; message: string }> = []
	for (const type of listingTypes) {
		const section = sectionOf[type]
		sections[section].forEach((record, index) => {
			const ref = refOf(record)
			if (ref === undefined) return
			const where = `${section}[${index}]`
			const first = firstSeen.get(ref)
			if (first)
				issues.push({
					path: [section, index, 'ref'],
					message: message('check.duplicateRef', { ref, first }),
				})
			else firstSeen.set(ref, where)
		})
	}
	return issues
}

export const interchangeFileSchema = z
	.object(
		{
			...envelopeFields,
			organizations: sectionSchema(organizationRecordSchema, 'organizations'),
			labs: sectionSchema(labRecordSchema, 'labs'),
			facilities: sectionSchema(facilityRecordSchema, 'facilities'),
			experts: sectionSchema(expertRecordSchema, 'experts'),
		},
		{ errorMap: envelopeErrorMap },
	)
	.strict()
	.superRefine((file, ctx) => {
		for (const issue of duplicateRefIssues(file)) ctx.addIssue({ code: z.ZodIssueCode.custom, ...issue })
	})

export type InterchangeFile = z.output<typeof interchangeFileSchema>

/** Every record of a file with its listing type, organisations first (others refer to them). */
export function typedRecordsOf(file: InterchangeFile): TypedListingRecord[] {
	return [
		...file.organizations.map((record) => typedRecord('organization', record)),
		...file.labs.map((record) => typedRecord('lab', record)),
		...file.facilities.map((record) => typedRecord('facility', record)),
		...file.experts.map((record) => typedRecord('expert', record)),
	]
}

// ───────────────────────── record-by-record validation ─────────────────────────

/** The ref of a raw record as the schema would store it, if it has one, for reporting. */
export function refOf(raw: unknown): string | undefined {
	if (typeof raw !== 'object' || raw === null) return undefined
	const ref = (raw as { ref?: unknown }).ref
	if (typeof ref !== 'string') return undefined
	const cleaned = cleanText(ref, { multiline: false }).toLowerCase()
	return cleaned === '' ? undefined : cleaned
}

export type RecordValidation = { type: ListingType; index: number; ref: string | undefined } & (
	{ ok: true; record: ListingRecord } | { ok: false; issues: FieldIssue[] }
)

const envelopeSchema = z
	.object(
		{
			...envelopeFields,
			organizations: sectionSchema(z.unknown(), 'organizations'),
			labs: sectionSchema(z.unknown(), 'labs'),
			facilities: sectionSchema(z.unknown(), 'facilities'),
			experts: sectionSchema(z.unknown(), 'experts'),
		},
		{ errorMap: envelopeErrorMap },
	)
	.strict()

/**
 * Validates a file record by record, as the importer needs it: a bad record is
 * reported with its ref and fields and never stops the valid ones. Only a
 * broken envelope (wrong format or version, not an object) rejects the file.
 * A repeated ref rejects every occurrence after the first.
 */
export function validateInterchangeRecords(input: unknown): { fileIssues: FieldIssue[]; records: RecordValidation[] } {
	const envelope = envelopeSchema.safeParse(input)
	if (!envelope.success) return { fileIssues: fieldIssues(envelope.error), records: [] }
	const sections = envelope.data
	const duplicates = new Map(
		duplicateRefIssues(sections).map((issue) => [`${issue.path[0]}:${issue.path[1]}`, issue.message]),
	)
	const records: RecordValidation[] = []
	for (const type of listingTypes) {
		const section = sectionOf[type]
		sections[section].forEach((raw, index) => {
			const ref = refOf(raw)
			const parsed = recordSchemas[type].safeParse(raw)
			const issues = parsed.success ? [] : fieldIssues(parsed.error)
			const duplicate = duplicates.get(`${section}:${index}`)
			if (duplicate) issues.push({ field: 'ref', message: duplicate })
			records.push(
				parsed.success && issues.length === 0
					? { type, index, ref, ok: true, record: parsed.data }
					: { type, index, ref, ok: false, issues },
			)
		})
	}
	return { fileIssues: [], records }
}

/** Parses one record of a known type; throws a ZodError listing every problem. */
export function parseListingRecord<T extends ListingType>(type: T, input: unknown): ListingRecordByType[T] {
	return recordSchemas[type].parse(input) as ListingRecordByType[T]
}

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
