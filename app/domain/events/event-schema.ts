import { z } from 'zod'
import { optionalText, requireOneCompleteLanguage } from '../content/bilingual-text.ts'
import { message } from '../messages.ts'
import { DEFAULT_TIME_ZONE, isTimeZone, zonedToInstant } from './zoned-time.ts'

// One schema for the event form, shared by the page (Conform checks with it in
// the browser), the action and the demo seed. Times are entered as the wall
// clock of a zone and leave the schema as instants; links are http or https
// only, so no javascript: or data: address ever becomes a link on the page or
// in a calendar.

export const EVENT_LIMITS = {
	title: 160,
	description: 10_000,
	place: 200,
	address: 300,
	url: 500,
	organiser: 200,
	capacity: 10_000,
} as const

function isWebAddress(value: string): boolean {
	try {
		const url = new URL(value)
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
	} catch {
		return false
	}
}

const webAddress = z
	.string()
	.trim()
	.max(EVENT_LIMITS.url, message('publishing.check.tooLong', { max: EVENT_LIMITS.url }))
	.optional()
	.transform((value) => (value ? value : undefined))
	.refine((value) => value === undefined || isWebAddress(value), 'publishing.check.webAddress')

const localTime = z.string({ required_error: 'check.required' }).trim().min(1, 'check.required')

export const registrationKinds = ['none', 'external', 'portal'] as const

export const eventSchema = z
	.object({
		titleEn: optionalText(EVENT_LIMITS.title),
		descriptionEn: optionalText(EVENT_LIMITS.description),
		titleSv: optionalText(EVENT_LIMITS.title),
		descriptionSv: optionalText(EVENT_LIMITS.description),
		startsAt: localTime,
		endsAt: localTime,
		timeZone: z
			.string()
			.trim()
			.optional()
			.transform((value) => value || DEFAULT_TIME_ZONE)
			.refine(isTimeZone, 'publishing.check.timeZone'),
		place: optionalText(EVENT_LIMITS.place),
		address: optionalText(EVENT_LIMITS.address),
		onlineUrl: webAddress,
		organiser: z
			.string({ required_error: 'check.required' })
			.trim()
			.min(1, 'check.required')
			.max(EVENT_LIMITS.organiser, message('publishing.check.tooLong', { max: EVENT_LIMITS.organiser })),
		registration: z.enum(registrationKinds, { errorMap: () => ({ message: 'check.required' }) }).default('none'),
		registrationUrl: webAddress,
		capacity: z.preprocess(
			(value) => (value === '' || value === null ? undefined : value),
			z.coerce
				.number({ invalid_type_error: 'publishing.check.capacity' })
				.int('publishing.check.capacity')
				.min(1, 'publishing.check.capacity')
				.max(EVENT_LIMITS.capacity, 'publishing.check.capacity')
				.optional(),
		),
	})
	.superRefine((event, ctx) => {
		const fail = (field: string, key: string) => ctx.addIssue({ code: 'custom', path: [field], message: key })
		requireOneCompleteLanguage(event, ['title', 'description'], ctx)
		const startsAt = zonedToInstant(event.startsAt, event.timeZone)
		const endsAt = zonedToInstant(event.endsAt, event.timeZone)
		if (!startsAt) fail('startsAt', 'publishing.check.localTime')
		if (!endsAt) fail('endsAt', 'publishing.check.localTime')
		if (startsAt && endsAt && endsAt <= startsAt) fail('endsAt', 'publishing.check.endAfterStart')
		if (!event.place && !event.onlineUrl) fail('place', 'publishing.check.placeOrLink')
		if (event.registration === 'external' && !event.registrationUrl) fail('registrationUrl', 'check.required')
		if (event.registration === 'portal' && event.capacity === undefined) fail('capacity', 'check.required')
	})
	.transform((event) => ({
		...event,
		startsAt: zonedToInstant(event.startsAt, event.timeZone)!,
		endsAt: zonedToInstant(event.endsAt, event.timeZone)!,
		registrationUrl: event.registration === 'external' ? event.registrationUrl : undefined,
		capacity: event.registration === 'portal' ? event.capacity : undefined,
	}))

export type EventInput = z.output<typeof eventSchema>
