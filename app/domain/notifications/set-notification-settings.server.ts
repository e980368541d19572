import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { defaultDelivery, notificationKinds } from './notification-kinds.ts'
import type { NotificationSettingsInput } from './settings-schema.ts'

/**
 * Saves the member's choice for every kind at once. A choice equal to the
 * kind's default is stored as no row, so a later change of a default
 * reaches everyone who never chose otherwise.
 */
export async function setNotificationSettings(actor: Actor, input: NotificationSettingsInput): Promise<void> {
	await prisma().$transaction(async (tx) => {
		for (const kind of notificationKinds) {
			const delivery = input[kind]
			if (delivery === defaultDelivery[kind]) {
				await tx.notificationSetting.deleteMany({ where: { userId: actor.userId, kind } })
			} else {
				await tx.notificationSetting.upsert({
					where: { userId_kind: { userId: actor.userId, kind } },
					create: { userId: actor.userId, kind, delivery },
					update: { delivery },
				})
			}
		}
	})
}
