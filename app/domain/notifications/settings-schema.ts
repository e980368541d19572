import { z } from 'zod'
import { message } from '../messages.ts'
import {
	deliveryChoices,
	digestFrequencies,
	notificationKinds,
	type NotificationDelivery,
} from './notification-kinds.ts'

// The settings form: one choice per kind, each among the deliveries that kind
// offers, and how often the digest comes.
export const notificationSettingsSchema = z.object({
	...(Object.fromEntries(
		notificationKinds.map((kind) => [
			kind,
			z.enum(deliveryChoices[kind] as [NotificationDelivery, ...NotificationDelivery[]], {
				errorMap: () => ({ message: message('alerts.check.delivery') }),
			}),
		]),
	) as { [Kind in (typeof notificationKinds)[number]]: z.ZodEnum<[NotificationDelivery, ...NotificationDelivery[]]> }),
	digestFrequency: z.enum(digestFrequencies, { errorMap: () => ({ message: message('alerts.check.delivery') }) }),
})
export type NotificationSettingsInput = z.output<typeof notificationSettingsSchema>
