// The one schema for listing records of the interchange format
// (docs/interchange-format.md). Forms, the HTTP API, the bulk importer
// and the exporter all parse through it, so a listing means the same thing
// wherever it enters the portal. Its messages are message keys
// (app/domain/messages.ts): a report renders them for a hub coordinator fixing
// a spreadsheet ("Name is required"), a form beside the field they concern.
// The field rules and their normalisation are in interchange-fields.ts.
import { capacitySuitesSchema } from '../capacity/capacity-schema.ts'
import { z } from 'zod'
import { fieldIssues, message, type FieldIssue } from '../messages.ts'
import {
	booleanSchema,
	cleanText,
	codeSchema,
	codesSchema,
	coordinateSchema,
	countSchema,
	emailSchema,
	imageKeySchema,
	type FieldLabel,
	isoDateSchema,
	languagesSchema,
	limits,
	optional,
	optionalLine,
	optionalParagraphs,
	orcidSchema,
	postcodeSchema,
	refSchema,
	requiredLine,
	tagsSchema,
	websiteSchema,
} from './interchange-fields.ts'
import { withKnownBuilding } from './organization-address.ts'

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

/**
 * The evidence behind `verified`, one entry per verification in force
 * (docs/decisions/044). The export writes it; an import checks it and leaves
 * the verifications as they are (only `verified` and a coordinator's page
 * change them), so a file exported and imported again is unchanged.
 */
const verificationRecord = z
	.object({
		licence: optional(codeSchema('licences', 'label.licences', { inList: false })),
		reference: optionalLine('label.reference', 200),
		expiresAt: optional(isoDateSchema('label.expiryDate')),
		public: booleanSchema('label.verified'),
	})
	.strict()

const commonFields = {
	ref: refSchema('label.ref'),
	name: requiredLine('label.name', limits.name),
	summary: optionalLine('label.summary', limits.summary),
	/** The summary in the other language of the two (to-database.ts says which is which). */
	translatedSummary: optionalLine('label.translatedSummary', limits.summary),
	modalities: codesSchema('modalities', 'label.modalities'),
	services: codesSchema('services', 'label.services'),
	phases: codesSchema('phases', 'label.phases'),
	/** Set by coordinators; self-service edits ignore it. */
	verified: optional(booleanSchema('label.verified')),
	/** Export only; see verificationRecord. */
	verifications: optional(z.array(verificationRecord).max(50)),
}

// Unknown fields are errors rather than ignored: a misspelt column ("modalites")
// would otherwise lose the coordinator's data without a word.
function recordObject<Fields extends z.ZodRawShape>(fields: Fields) {
	return z.object({ ...commonFields, ...fields }, { errorMap: recordErrorMap }).strict()
}

// An organisation's logo, a facility's or expert's photo; a lab shows its
// organisation's. News items and offers carry one too (their forms use these).
// A picture is never shown without words for those who cannot see it.
export const imageFields = {
	image: imageKeySchema,
	imageAlt: optionalLine('label.imageAlt', limits.shortText),
}

export function imageNeedsAlt(record: { image?: string; imageAlt?: string }, ctx: z.RefinementCtx) {
	if (record.image !== undefined && record.imageAlt === undefined)
		ctx.addIssue({
			code: z.ZodIssueCode.custom,
			path: ['imageAlt'],
			message: message('check.required', { label: 'label.imageAlt' }),
		})
}

export const organizationRecordObject = recordObject({
	kind: codeSchema('organizationKinds', 'label.kind', { inList: false }),
	description: optionalParagraphs('label.description', limits.description),
	translatedDescription: optionalParagraphs('label.translatedDescription', limits.description),
	website: optional(websiteSchema),
	email: optional(emailSchema),
	street: optionalLine('label.street', limits.shortText),
	postcode: optional(postcodeSchema),
	city: optionalLine('label.city', limits.shortText),
	campus: optionalLine('label.campus', limits.shortText),
	lat: optional(coordinateSchema('label.lat', 90)),
	lng: optional(coordinateSchema('label.lng', 180)),
	...imageFields,
})

export const organizationRecordSchema = organizationRecordObject
	.superRefine((record, ctx) => {
		imageNeedsAlt(record, ctx)
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
	.transform(withKnownBuilding)

export const labRecordSchema = recordObject({
	organizationRef: refSchema('label.organizationRef'),
	lead: optionalLine('label.lead', limits.shortText),
	description: optionalParagraphs('label.description', limits.description),
	translatedDescription: optionalParagraphs('label.translatedDescription', limits.description),
	techniques: tagsSchema('label.techniques'),
	acceptsExternalProjects: optional(booleanSchema('label.acceptsExternalProjects')),
})

export const facilityRecordObject = recordObject({
	// Optional: the format does not require an operator, and a shared
	// infrastructure facility may be listed before its operator is.
	organizationRef: optional(refSchema('label.organizationRef')),
	description: optionalParagraphs('label.description', limits.description),
	translatedDescription: optionalParagraphs('label.translatedDescription', limits.description),
	cleanroomGrades: codesSchema('cleanroomGrades', 'label.cleanroomGrades'),
	areaSqm: optional(countSchema('label.areaSqm', limits.areaSqm)),
	suites: optional(countSchema('label.suites', limits.suites)),
	productTypes: codesSchema('productTypes', 'label.productTypes'),
	licences: codesSchema('licences', 'label.licences'),
	qpRelease: optional(booleanSchema('label.qpRelease')),
	availableFrom: optional(isoDateSchema('label.availableFrom')),
	...imageFields,
	/**
	 * The suites and their capacity windows (docs/decisions/042). Absent leaves
	 * a facility's capacity as it is; present, even empty, replaces it.
	 */
	capacity: optional(capacitySuitesSchema),
})

export const facilityRecordSchema = facilityRecordObject.superRefine(imageNeedsAlt)

export const expertRecordObject = recordObject({
	organizationRef: optional(refSchema('label.organizationRef')),
	title: optionalLine('label.title', limits.shortText),
	bio: optionalParagraphs('label.bio', limits.description),
	translatedBio: optionalParagraphs('label.translatedBio', limits.description),
	expertise: tagsSchema('label.expertise'),
	orcid: optional(orcidSchema),
	languages: languagesSchema,
	openTo: codesSchema('openTo', 'label.openTo'),
	...imageFields,
})

export const expertRecordSchema = expertRecordObject.superRefine(imageNeedsAlt)

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
			// Establishment offers, checked record by record by their own importer (interchange-offers.server.ts).
			offers: z
				.array(z.unknown(), { invalid_type_error: message('check.notSection', { section: 'offers' }) })
				.optional(),
		},
		{ errorMap: envelopeErrorMap },
	)
	.strict()
	.superRefine((file, ctx) => {
		for (const issue of duplicateRefIssues(file)) ctx.addIssue({ code: z.ZodIssueCode.custom, ...issue })
	})

export type InterchangeFile = z.output<typeof interchangeFileSchema>

/** A file of this format and version with no records yet. */
export function emptyInterchangeFile(): InterchangeFile {
	return {
		format: INTERCHANGE_FORMAT,
		version: INTERCHANGE_VERSION,
		organizations: [],
		labs: [],
		facilities: [],
		experts: [],
	}
}

/** How many records each section of a file holds. */
export function sectionCounts(file: InterchangeFile): Record<(typeof sectionOf)[ListingType], number> {
	const { organizations, labs, facilities, experts } = file
	return {
		organizations: organizations.length,
		labs: labs.length,
		facilities: facilities.length,
		experts: experts.length,
	}
}

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
			offers: sectionSchema(z.unknown(), 'offers'),
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
