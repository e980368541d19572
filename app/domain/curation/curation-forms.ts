// Schemas of the coordinators' own forms (not listing records). Messages are
// phrased like the interchange schema's, so one translation table serves both.
import { z } from 'zod'
import { cleanText, isIsoCalendarDate, limits } from '../listings/interchange.ts'
import { codesOf } from '../taxonomy/taxonomy.ts'

export const commentMaxLength = 2000
export const referenceMaxLength = 200

function text(label: string, max: number, multiline: boolean) {
	return z
		.string({ required_error: `${label} is required`, invalid_type_error: `${label} must be text` })
		.transform((value) => cleanText(value, { multiline }))
		.superRefine((value, ctx) => {
			if (value === '') ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${label} is required` })
			else if (value.length > max)
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					message: `${label} must be at most ${max} characters (it has ${value.length})`,
				})
		})
}

/** A reviewer's reason for sending a revision back; the author reads it. */
export const rejectRevisionSchema = z.object({
	comment: text('Comment', commentMaxLength, true),
})

/** General verification ("") or one licence of the taxonomy. */
const licenceCodeSchema = z.preprocess(
	(value) => (value === '' || value === null ? undefined : value),
	z
		.string()
		.refine(
			(code) => codesOf('licences').includes(code),
			(code) => ({
				message: `Unknown licence code "${code}" (known codes: ${codesOf('licences').join(', ')})`,
			}),
		)
		.optional(),
)

const expiryDateSchema = z.preprocess(
	(value) => (value === '' || value === null ? undefined : value),
	z
		.string()
		.transform((value) => value.trim())
		.superRefine((value, ctx) => {
			if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					message: `Expiry date "${value}" must be a date written YYYY-MM-DD`,
				})
			else if (!isIsoCalendarDate(value))
				ctx.addIssue({ code: z.ZodIssueCode.custom, message: `Expiry date "${value}" is not a real calendar date` })
		})
		.optional(),
)

/** The evidence behind a "verified" badge. */
export const verificationEvidenceSchema = z.object({
	licenceCode: licenceCodeSchema,
	reference: text('Reference', referenceMaxLength, false),
	expiresAt: expiryDateSchema,
})

export type VerificationEvidence = z.output<typeof verificationEvidenceSchema>

/** Where to merge a duplicate: the survivor's ref, as shown in search results. */
export const mergeTargetSchema = z.object({
	survivorRef: text('Survivor ref', limits.ref, false).transform((value) => value.toLowerCase()),
})

export const featureSchema = z.object({
	featured: z.enum(['true', 'false']).transform((value) => value === 'true'),
})
