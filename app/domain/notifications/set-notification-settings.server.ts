import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { recordOwnAudit } from '../audit/record-audit.server.ts'
import { newUnsubscribeKey } from '../news/unsubscribe-token.server.ts'
import { effectiveDelivery } from './delivery.server.ts'
import {
	defaultDelivery,
	defaultDigestFrequency,
	notificationKinds,
	type NotificationDelivery,
	type NotificationKind,
} from './notification-kinds.ts'
import type { NotificationSettingsInput } from './settings-schema.ts'

/** Keeps one choice; the kind's default is kept as no row. */
export async function storeDelivery(
	tx: Prisma.TransactionClient,
	userId: string,
	kind: NotificationKind,
	delivery: NotificationDelivery,
): Promise<void> {
	if (delivery === defaultDelivery[kind]) {
		await tx.notificationSetting.deleteMany({ where: { userId, kind } })
	} else {
		await tx.notificationSetting.upsert({
			where: { userId_kind: { userId, kind } },
			create: { userId, kind, delivery },
			update: { delivery },
		})
	}
}

/**
 * Saves the member's choice for every kind at once, and their digest's
 * rhythm. A choice equal to the kind's default is stored as no row, so a
 * later change of a default reaches everyone who never chose otherwise. Only
 * a changed choice touches its row: when it changed is where the digest
 * starts gathering that kind (run-alerts), so notices mailed before are not
 * listed again. What changed goes to the audit log, in the same transaction.
 */
export async function setNotificationSettings(actor: Actor, input: NotificationSettingsInput): Promise<void> {
	await prisma().$transaction(async (tx) => {
		const rows = await tx.notificationSetting.findMany({
			where: { userId: actor.userId },
			select: { kind: true, delivery: true },
		})
		const stored = new Map(rows.map((row) => [row.kind, row.delivery]))
		const changes: Record<string, Prisma.InputJsonValue> = {}
		for (const kind of notificationKinds) {
			const before = effectiveDelivery(kind, stored.get(kind))
			const delivery = input[kind]
			if (delivery === before) continue
			changes[kind] = { from: before, to: delivery }
			await storeDelivery(tx, actor.userId, kind, delivery)
		}
		const state = await tx.alertDigestState.findUnique({
			where: { userId: actor.userId },
			select: { digestFrequency: true },
		})
		const rhythm = state?.digestFrequency ?? defaultDigestFrequency
		if (rhythm !== input.digestFrequency) {
			changes.digestFrequency = { from: rhythm, to: input.digestFrequency }
			await tx.alertDigestState.upsert({
				where: { userId: actor.userId },
				create: { userId: actor.userId, unsubscribeKey: newUnsubscribeKey(), digestFrequency: input.digestFrequency },
				update: { digestFrequency: input.digestFrequency },
			})
		}
		if (Object.keys(changes).length) {
			await recordOwnAudit(tx, actor.userId, 'user.notificationSettingsChanged', changes)
		}
	})
}
