// Schemas of the coordinators' own forms (not listing records), built from
// the interchange format's field rules, so they clean, limit and word their
// messages the same way.
import { z } from 'zod'
import { fieldSchemas, limits } from '../listings/interchange-fields.ts'

export const commentMaxLength = 2000
export const referenceMaxLength = 200

const { optional, requiredLine, requiredParagraphs, code, isoDate } = fieldSchemas

/** A reviewer's reason for sending a revision back; the author reads it. */
export const rejectRevisionSchema = z.object({
	comment: requiredParagraphs('label.comment', commentMaxLength),
})

/** The evidence behind a "verified" badge: a general verification (no licence) or one licence of the taxonomy. */
export const verificationEvidenceSchema = z.object({
	licenceCode: optional(code('licences', 'label.licences')),
	reference: requiredLine('label.reference', referenceMaxLength),
	expiresAt: optional(isoDate('label.expiryDate')),
	/** Visitors see the licence, reference and expiry too (members always do); a checkbox, unticked by default. */
	public: z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean()).default(false),
})

export type VerificationEvidence = z.output<typeof verificationEvidenceSchema>

/** Where to merge a duplicate: the survivor's ref, as shown in search results. */
export const mergeTargetSchema = z.object({
	survivorRef: requiredLine('label.survivorRef', limits.ref).transform((value) => value.toLowerCase()),
})

export const featureSchema = z.object({
	featured: z.enum(['true', 'false']).transform((value) => value === 'true'),
})
