// The form edge of the interchange schema: what an HTML listing form posts,
// turned into what the one record schema (interchange.ts) expects, and back.
// The schema itself is never forked: only the shape of the input changes here.
//
// - Only the record fields of the listing type (and Conform's own "__" fields)
//   are read; `intent` and any field a crafted request adds ("verified",
//   another type's fields) are dropped rather than reported as unknown,
//   because no person typed them.
// - `ref` and a lab's or facility's `organizationRef` come from the server,
//   never from the form, so an id in a hidden field cannot move a listing.
// - Free-text lists are one textarea (one entry a line), split here into the
//   list entries the schema validates one by one; a line of languages may name
//   several ("svenska, engelska"), which the schema reads.
// - The picture's key is the server's too: the action stores an upload and
//   names its key, or keeps the listing's own; the file's own problems (not
//   a picture, too large) are given to the parse so they stand by the file
//   field together with every other field's message.
// - Yes/no/not-stated questions post "true" / "false" / "" (Conform's own
//   coercion knows only checkbox "on"); decimal commas (59,22) are accepted.
import type { Submission } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { configureCoercion } from '@conform-to/zod/v3/future'
import { z, type ZodTypeAny } from 'zod'
import {
	expertRecordObject,
	facilityRecordObject,
	labRecordSchema,
	organizationRecordObject,
	recordSchemas,
	type ListingRecordByType,
	type ListingType,
} from './interchange.ts'

const recordShapes = {
	organization: organizationRecordObject.shape,
	lab: labRecordSchema.shape,
	facility: facilityRecordObject.shape,
	expert: expertRecordObject.shape,
} as const

/** Fields the server sets, whatever the form says (the verifications' evidence is the coordinators', and export only; capacity has its own editor). */
const serverOwnedFields = new Set(['ref', 'verified', 'verifications', 'capacity'])

/** Free-text list fields and how one textarea splits into entries. */
export const textListFields = {
	techniques: /\n/,
	expertise: /\n/,
	// The schema reads the names and separators of each line (language-names.ts).
	languages: /\n/,
} as const satisfies Record<string, RegExp>

type TextListField = keyof typeof textListFields

function isTextListField(name: string): name is TextListField {
	return name in textListFields
}

/** The record fields a person edits in the form of this listing type, in schema order. */
export function formFieldsOf(type: ListingType): string[] {
	return Object.keys(recordShapes[type]).filter((name) => !serverOwnedFields.has(name))
}

export interface TrustedRecordFields {
	/** The listing's ref (or the one generated for a new listing). */
	ref: string
	/** A lab's or facility's host organisation; undefined lets the form choose (experts). */
	organizationRef?: string | null
	/** The picture the listing will show: an upload's new key, or the one it has; undefined for none. */
	image?: string
	/** What is wrong with an uploaded file (a message), shown by the file field. */
	imageProblem?: string
}

/** The listing types that carry a picture: an organisation's logo, a facility's or expert's photo. */
export function hasImage(type: ListingType): boolean {
	return type !== 'lab'
}

/** The file control of the listing form, and the box that removes the picture. */
export const imageFileField = 'imageFile'
export const imageRemoveField = 'imageRemove'

/** The posted form reduced to the record's own fields, lists split, server-owned fields set. */
export function recordFormData(formData: FormData, type: ListingType, trusted: TrustedRecordFields): FormData {
	const input = new FormData()
	for (const name of formFieldsOf(type)) {
		if (name === 'organizationRef' && trusted.organizationRef !== undefined) continue
		// The picture's control is a file; its key is the server's (set below).
		if (name === 'image') continue
		for (const value of formData.getAll(name)) {
			if (typeof value !== 'string') continue
			if (isTextListField(name)) {
				for (const entry of value.split(textListFields[name])) if (entry.trim()) input.append(name, entry)
			} else {
				input.append(name, value)
			}
		}
	}
	input.set('ref', trusted.ref)
	if (trusted.organizationRef) input.set('organizationRef', trusted.organizationRef)
	if (trusted.image) input.set('image', trusted.image)
	// Conform's own fields ("__intent__" of a validate-on-blur) must survive: without
	// them a validation request would read as a real submit and send the form.
	for (const [name, value] of formData)
		if (name.startsWith('__') && typeof value === 'string') input.append(name, value)
	return input
}

function formNumber(text: string): number {
	const trimmed = text.trim()
	if (trimmed === '') return Number.NaN
	// "59,22" is how a Swedish keyboard writes 59.22.
	return Number(/^-?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed)
}

function formBoolean(text: string): boolean {
	if (text === 'true' || text === 'on') return true
	if (text === 'false') return false
	throw new Error('Not a yes/no answer')
}

const { coerceFormValue } = configureCoercion({ type: { number: formNumber, boolean: formBoolean } })

/**
 * Parses a listing form with the interchange schema of its type. Use it in
 * the action and in Conform's onValidate, so both sides say the same thing.
 */
export function parseListingForm<T extends ListingType>(
	formData: FormData,
	type: T,
	trusted: TrustedRecordFields,
): Submission<ListingRecordByType[T]> {
	const record: ZodTypeAny = coerceFormValue(recordSchemas[type])
	const { imageProblem } = trusted
	// Both sides of an intersection are checked, so a refused file is reported
	// beside the other fields' messages; the right side adds nothing to the value.
	const schema = imageProblem
		? z.intersection(
				record,
				z
					.unknown()
					.superRefine((_, ctx) =>
						ctx.addIssue({ code: z.ZodIssueCode.custom, path: [imageFileField], message: imageProblem }),
					)
					.transform(() => ({})),
			)
		: record
	return parseWithZod(recordFormData(formData, type, trusted), { schema, disableAutoCoercion: true })
}

/** What a form field shows: text, the codes ticked, or "true"/"false"/"" for a yes/no question. */
export type FormFieldValue = string | string[]

/** A record as form defaults (for editing a listing, or a revision a coordinator corrects). */
export function recordToFormValues(type: ListingType, record: Record<string, unknown>): Record<string, FormFieldValue> {
	const values: Record<string, FormFieldValue> = {}
	for (const name of formFieldsOf(type)) {
		const value = record[name]
		if (value === undefined || value === null) continue
		if (Array.isArray(value)) {
			const entries = value.map(String)
			values[name] = isTextListField(name) ? entries.join(name === 'languages' ? ', ' : '\n') : entries
		} else {
			values[name] = String(value)
		}
	}
	return values
}
