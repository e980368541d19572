// An establishment offer as coordinators and the office write it: the form
// checks with this schema in the browser and again in the action, and the
// use cases (create-offer, update-offer) take its output, so a future import
// refuses what the form refuses, with the same messages.
import { z } from 'zod'
import { campusSiteCodes } from '../places/campus-sites.ts'
import { fieldSchemas, emailSchema, optional } from '../listings/interchange-fields.ts'
import { imageFields, imageNeedsAlt } from '../listings/interchange.ts'
import { message, ruleMessage } from '../messages.ts'
import { offerKinds, offerStatuses, sizeUnits } from './offer-kinds.ts'

export const offerLimits = {
	title: 160,
	description: 10_000,
	terms: 2_000,
	priceRange: 120,
	address: 200,
	contactName: 120,
	phone: 40,
	size: 1_000_000,
} as const

const { requiredLine, optionalLine, optionalParagraphs, isoDate } = fieldSchemas

const choice = <T extends readonly [string, ...string[]]>(values: T, label: Parameters<typeof message>[0]) =>
	z.enum(values, {
		errorMap: () => ({ message: message('check.requiredChoice', { label, known: values.join(', ') }) }),
	})

const phoneSchema = optionalLine('label.offerContactPhone', offerLimits.phone).refine(
	(value) => value === undefined || /^\+?[0-9 ()-]{5,}$/.test(value),
	{ message: message('check.phone', { label: 'label.offerContactPhone' }) },
)

/** A whole number typed into a form field: "" is "not given". */
const sizeSchema = optional(
	z.preprocess(
		(value) => (typeof value === 'string' ? Number(value.trim().replace(/\s/g, '')) : value),
		z
			.number({ invalid_type_error: message('check.number', { label: 'label.offerSize' }) })
			.refine((value) => Number.isInteger(value) && value >= 1 && value <= offerLimits.size, {
				message: message('check.wholeNumber', { label: 'label.offerSize', max: offerLimits.size }),
			}),
	),
)

/** A checkbox: "on" when ticked, absent when not. */
const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean())

export const offerFormSchema = z
	.object({
		kind: choice(offerKinds, 'label.offerKind'),
		titleEn: optionalLine('label.offerTitleEn', offerLimits.title),
		titleSv: optionalLine('label.offerTitleSv', offerLimits.title),
		descriptionEn: optionalParagraphs('label.offerDescriptionEn', offerLimits.description),
		descriptionSv: optionalParagraphs('label.offerDescriptionSv', offerLimits.description),
		termsEn: optionalParagraphs('label.offerTermsEn', offerLimits.terms),
		termsSv: optionalParagraphs('label.offerTermsSv', offerLimits.terms),
		priceRange: optionalLine('label.offerPriceRange', offerLimits.priceRange),
		site: optional(choice(campusSiteCodes as [string, ...string[]], 'label.offerSite')),
		address: optionalLine('label.offerAddress', offerLimits.address),
		sizeValue: sizeSchema,
		sizeUnit: optional(choice(sizeUnits, 'label.offerSizeUnit')),
		availableFrom: optional(isoDate('label.offerAvailableFrom')),
		availableUntil: optional(isoDate('label.offerAvailableUntil')),
		contactName: requiredLine('label.offerContactName', offerLimits.contactName),
		contactEmail: emailSchema,
		contactPhone: phoneSchema,
		status: choice(offerStatuses, 'label.offerStatus').default('available'),
		published: checkbox,
		// The key is the server's, set once it has checked the upload (app/domain/images/image-input.server.ts).
		...imageFields,
	})
	.superRefine((offer, ctx) => {
		imageNeedsAlt(offer, ctx)
		// One language is enough; a description without a title in its language would have nothing to head it.
		if (!offer.titleEn && !offer.titleSv)
			ctx.addIssue({ code: 'custom', path: ['titleEn'], message: message('check.offerTitle') })
		if (offer.descriptionEn && !offer.titleEn)
			ctx.addIssue({
				code: 'custom',
				path: ['titleEn'],
				message: message('check.required', { label: 'label.offerTitleEn' }),
			})
		if (offer.descriptionSv && !offer.titleSv)
			ctx.addIssue({
				code: 'custom',
				path: ['titleSv'],
				message: message('check.required', { label: 'label.offerTitleSv' }),
			})
		if ((offer.sizeValue === undefined) !== (offer.sizeUnit === undefined))
			ctx.addIssue({
				code: 'custom',
				path: [offer.sizeValue === undefined ? 'sizeValue' : 'sizeUnit'],
				message: message('check.offerSizePair'),
			})
		if (offer.availableFrom && offer.availableUntil && offer.availableUntil < offer.availableFrom)
			ctx.addIssue({ code: 'custom', path: ['availableUntil'], message: message('check.offerUntilBeforeFrom') })
	})

export type OfferInput = z.output<typeof offerFormSchema>

export const offerStatusFormSchema = z.object({ status: choice(offerStatuses, 'label.offerStatus') })

/** The status form of the curators' list: one per offer, naming it. */
export const offerStatusChangeSchema = offerStatusFormSchema.extend({
	offerId: z.string().uuid(ruleMessage('offer-not-found')),
})
