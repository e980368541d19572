// The match request as members write it: the page validates with this schema
// in the browser (Conform) and again in the action, and the use cases take
// its output. The structured needs follow the interchange format's request
// shape and field rules (fieldSchemas), so a code that the API or `hub
// suggest` refuses is refused here with the same message.
import { z } from 'zod'
import { fieldSchemas } from '../listings/interchange.ts'
import { requestOutcomes } from './lifecycle.ts'

export const requestLimits = {
	title: 200,
	teaser: 400,
	description: 10_000,
	note: 2_000,
	message: 5_000,
} as const

export const confidentialityLevels = ['hub_only', 'open_call'] as const
export type Confidentiality = (typeof confidentialityLevels)[number]

/** "save" keeps a draft; "submit" sends it to the hub and needs every field a coordinator relies on. */
export const requestIntents = ['save', 'submit'] as const
export type RequestIntent = (typeof requestIntents)[number]

const { optional, requiredLine, optionalLine, optionalParagraphs, codes, code, isoDate } = fieldSchemas

const draftFields = {
	organizationId: z.string({ required_error: 'Organisation is required' }).uuid('Organisation is required'),
	title: requiredLine('Title', requestLimits.title),
	teaser: optionalLine('Teaser', requestLimits.teaser),
	description: optionalParagraphs('Description', requestLimits.description),
	services: codes('services', 'Services'),
	modalities: codes('modalities', 'Modalities'),
	phase: optional(code('phases', 'Phase')),
	neededBy: optional(isoDate('Needed by')),
	requiredGrades: codes('cleanroomGrades', 'Cleanroom grades'),
	requiredLicences: codes('licences', 'Licences'),
	preferredListingType: optional(
		z.enum(['organization', 'lab', 'facility', 'expert'], {
			errorMap: () => ({ message: 'Unknown listing type code (known codes: organization, lab, facility, expert)' }),
		}),
	),
	confidentiality: z.enum(confidentialityLevels).default('hub_only'),
}

/**
 * A draft may be half-written; what goes to the hub may not. One schema per
 * intent (the button pressed), so every missing field is reported at once.
 */
export const requestFormSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('save'), ...draftFields }),
	z.object({
		intent: z.literal('submit'),
		...draftFields,
		teaser: requiredLine('Teaser', requestLimits.teaser),
		description: fieldSchemas.requiredParagraphs('Description', requestLimits.description),
		// A date already gone cannot be met; a draft may keep one while it is being rewritten.
		neededBy: optional(
			isoDate('Needed by').refine((date) => date >= new Date().toISOString().slice(0, 10), {
				message: 'Needed by is in the past',
			}),
		),
	}),
])

export type RequestFormInput = z.output<typeof requestFormSchema>

/** The fields of a request that the form edits (everything but intent). */
export type RequestFields = Omit<z.output<(typeof requestFormSchema.options)[0]>, 'intent'>

const { requiredParagraphs } = fieldSchemas

/** The coordinator's routing form: which candidates, and a note to them. */
export const routeFormSchema = z.object({
	listingIds: z.preprocess(
		(value) => (Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value]),
		z.array(z.string().uuid('Providers is required')).min(1, 'Providers is required'),
	),
	note: optionalParagraphs('Note', requestLimits.note),
})

export const responseFormSchema = z
	.object({
		kind: z.enum(['interested', 'declined', 'question'], { required_error: 'Answer is required' }),
		message: optionalParagraphs('Message', requestLimits.message),
	})
	.superRefine((form, ctx) => {
		// A question without words asks nothing.
		if (form.kind === 'question' && !form.message)
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['message'], message: 'Message is required' })
	})

export const messageFormSchema = z.object({
	body: requiredParagraphs('Message', requestLimits.message),
})

/** Optional feedback on one provider when the request closes. */
export const feedbackSchema = z.object({
	routeId: z.string().uuid(),
	rating: optional(
		z.coerce.number().int().min(1, 'Rating must be between 1 and 5').max(5, 'Rating must be between 1 and 5'),
	),
	comment: optionalParagraphs('Feedback', requestLimits.note),
})

export const closeFormSchema = z.object({
	outcome: z.enum(requestOutcomes, { required_error: 'Outcome is required' }),
	outcomeNote: optionalParagraphs('Comment', requestLimits.note),
	feedback: z.array(feedbackSchema).max(100).default([]),
})

export type CloseFormInput = z.output<typeof closeFormSchema>

export const interestFormSchema = z.object({
	organizationId: z.string({ required_error: 'Organisation is required' }).uuid('Organisation is required'),
	message: requiredParagraphs('Message', requestLimits.message),
})
