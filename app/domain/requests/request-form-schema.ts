// The match request as members write it: the page validates with this schema
// in the browser (Conform) and again in the action, and the use cases take
// its output. The structured needs follow the interchange format's request
// shape and field rules (fieldSchemas), so a code that the API or `hub
// suggest` refuses is refused here with the same message key.
import { z } from 'zod'
import { emailSchema } from '../auth/account-fields.ts'
import { fieldSchemas } from '../listings/interchange-fields.ts'
import { message, ruleMessage } from '../messages.ts'
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

const organizationRequired = message('check.required', { label: 'label.organization' })
const organizationId = z.string({ required_error: organizationRequired }).uuid(organizationRequired)

const draftFields = {
	organizationId,
	title: requiredLine('label.title', requestLimits.title),
	teaser: optionalLine('label.teaser', requestLimits.teaser),
	description: optionalParagraphs('label.description', requestLimits.description),
	services: codes('services', 'label.services'),
	modalities: codes('modalities', 'label.modalities'),
	phase: optional(code('phases', 'label.phase')),
	neededBy: optional(isoDate('label.neededBy')),
	requiredGrades: codes('cleanroomGrades', 'label.cleanroomGrades'),
	requiredLicences: codes('licences', 'label.licences'),
	preferredListingType: optional(
		z.enum(['organization', 'lab', 'facility', 'expert'], {
			errorMap: () => ({ message: message('check.unknownListingType') }),
		}),
	),
	confidentiality: z.enum(confidentialityLevels).default('hub_only'),
	/** The listing whose "Ask the hub" link opened the form; the use case checks that it is still published. */
	startedFromListingId: optional(z.string().uuid(ruleMessage('started-from-not-published'))),
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
		teaser: requiredLine('label.teaser', requestLimits.teaser),
		description: fieldSchemas.requiredParagraphs('label.description', requestLimits.description),
		// A date already gone cannot be met; a draft may keep one while it is being rewritten.
		neededBy: optional(
			isoDate('label.neededBy').refine((date) => date >= new Date().toISOString().slice(0, 10), {
				message: message('check.inPast', { label: 'label.neededBy' }),
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
		z.array(z.string().uuid(ruleMessage('nothing-to-route'))).min(1, ruleMessage('nothing-to-route')),
	),
	note: optionalParagraphs('label.note', requestLimits.note),
})

/** Inviting a suggested provider without a portal account: the form starts with the listing's contact address. */
export const inviteProviderSchema = z.object({
	listingId: z.string().uuid(ruleMessage('candidate-not-found')),
	email: emailSchema,
})

export const responseFormSchema = z
	.object({
		kind: z.enum(['interested', 'declined', 'question'], {
			required_error: message('check.required', { label: 'label.answer' }),
		}),
		message: optionalParagraphs('label.message', requestLimits.message),
	})
	.superRefine((form, ctx) => {
		// A question without words asks nothing.
		if (form.kind === 'question' && !form.message)
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['message'],
				message: message('check.required', { label: 'label.message' }),
			})
	})

export const messageFormSchema = z.object({
	body: requiredParagraphs('label.message', requestLimits.message),
})

const ratingRange = message('check.range', { label: 'label.rating', min: 1, max: 5 })

/** Optional feedback on one provider when the request closes. */
export const feedbackSchema = z.object({
	routeId: z.string().uuid(),
	rating: optional(z.coerce.number().int().min(1, ratingRange).max(5, ratingRange)),
	comment: optionalParagraphs('label.feedback', requestLimits.note),
})

export const closeFormSchema = z.object({
	outcome: z.enum(requestOutcomes, { required_error: message('check.required', { label: 'label.outcome' }) }),
	outcomeNote: optionalParagraphs('label.comment', requestLimits.note),
	feedback: z.array(feedbackSchema).max(100).default([]),
})

export type CloseFormInput = z.output<typeof closeFormSchema>

export const interestFormSchema = z.object({
	organizationId,
	message: requiredParagraphs('label.message', requestLimits.message),
})
