// An enquiry as the form, the fuzz harness and the demo seed send it: one
// schema for the general "Talk to the establishment office" form and for
// "I'm interested" on an offer (which adds the offer's slug).
import { z } from 'zod'
import { honeypot } from '../../auth/account-fields.ts'
import { HONEYPOT_FIELD } from '../../auth/honeypot-field.ts'
import { emailSchema, fieldSchemas, optional } from '../../listings/interchange-fields.ts'
import { message } from '../../messages.ts'
import { enquiryOutcomes } from '../enquiry-lifecycle.ts'
import { sizeUnits } from '../offer-kinds.ts'
import { enquiryLimits } from './enquiry-limits.ts'

const { requiredLine, optionalLine, optionalParagraphs, requiredParagraphs } = fieldSchemas

const phoneSchema = optionalLine('label.enquiryPhone', enquiryLimits.phone).refine(
	(value) => value === undefined || /^\+?[0-9 ()-]{5,}$/.test(value),
	{ message: message('check.enquiryPhone') },
)

const sizeValueSchema = optional(
	z.preprocess(
		(value) => (typeof value === 'string' ? Number(value.trim().replace(/\s/g, '')) : value),
		z
			.number({ invalid_type_error: message('check.number', { label: 'label.enquirySizeValue' }) })
			.refine((value) => Number.isInteger(value) && value >= 1 && value <= enquiryLimits.size, {
				message: message('check.wholeNumber', { label: 'label.enquirySizeValue', max: enquiryLimits.size }),
			}),
	),
)

const sizeUnitSchema = optional(
	z.enum(sizeUnits, {
		errorMap: () => ({
			message: message('check.requiredChoice', { label: 'label.enquirySizeUnit', known: sizeUnits.join(', ') }),
		}),
	}),
)

export const enquiryFormSchema = z
	.object({
		/** The offer's slug when the form was opened from "I'm interested". */
		offer: optional(z.string().max(enquiryLimits.slug)),
		company: requiredLine('label.enquiryCompany', enquiryLimits.company),
		need: requiredParagraphs('label.enquiryNeed', enquiryLimits.need),
		sizeText: optionalLine('label.enquirySizeText', enquiryLimits.sizeText),
		sizeValue: sizeValueSchema,
		sizeUnit: sizeUnitSchema,
		timing: optionalLine('label.enquiryTiming', enquiryLimits.timing),
		contactName: requiredLine('label.enquiryContactName', enquiryLimits.contactName),
		contactEmail: emailSchema,
		contactPhone: phoneSchema,
		[HONEYPOT_FIELD]: honeypot,
	})
	.superRefine((enquiry, ctx) => {
		// A number says nothing without its unit, and a unit nothing without its number.
		if ((enquiry.sizeValue === undefined) !== (enquiry.sizeUnit === undefined))
			ctx.addIssue({
				code: 'custom',
				path: [enquiry.sizeValue === undefined ? 'sizeValue' : 'sizeUnit'],
				message: message('check.enquirySizePair'),
			})
	})

export type EnquiryInput = z.output<typeof enquiryFormSchema>

/** A message on the thread: the office's answer or the enquirer's reply. */
export const enquiryMessageSchema = z.object({
	body: requiredParagraphs('label.enquiryMessage', enquiryLimits.message),
})

/** Handing the enquiry over to a provider listing, named by its id, with a word to the provider. */
export const enquiryHandOverSchema = z.object({
	listingId: z.string().uuid(message('check.required', { label: 'label.enquiryHandOverListing' })),
	note: optionalParagraphs('label.enquiryHandOverNote', enquiryLimits.message),
})

export const enquiryCloseSchema = z.object({
	outcome: z.enum(enquiryOutcomes, {
		errorMap: () => ({
			message: message('check.requiredChoice', {
				label: 'label.enquiryOutcome',
				known: enquiryOutcomes.join(', '),
			}),
		}),
	}),
	outcomeNote: optionalParagraphs('label.enquiryOutcomeNote', enquiryLimits.outcomeNote),
})

export type EnquiryCloseInput = z.output<typeof enquiryCloseSchema>
