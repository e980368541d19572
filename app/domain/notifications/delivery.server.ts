import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import {
	defaultDelivery,
	deliveryChoices,
	type NotificationDelivery,
	type NotificationKind,
} from './notification-kinds.ts'

type Db = Prisma.TransactionClient | ReturnType<typeof prisma>

// The one question every sender asks before it writes a notification or
// queues a mail: how does this person want this kind? Asked inside the
// sender's transaction, so the answer and the notice commit together.

function effective(kind: NotificationKind, stored: string | undefined): NotificationDelivery {
	const choices = deliveryChoices[kind]
	return stored && (choices as readonly string[]).includes(stored)
		? (stored as NotificationDelivery)
		: defaultDelivery[kind]
}

/** How each of these people wants `kind`: their setting, or the kind's default. */
export async function deliveriesFor(
	db: Db,
	userIds: readonly string[],
	kind: NotificationKind,
): Promise<Map<string, NotificationDelivery>> {
	const unique = [...new Set(userIds)]
	const rows = unique.length
		? await db.notificationSetting.findMany({
				where: { userId: { in: unique }, kind },
				select: { userId: true, delivery: true },
			})
		: []
	const stored = new Map(rows.map((row) => [row.userId, row.delivery]))
	return new Map(unique.map((userId) => [userId, effective(kind, stored.get(userId))]))
}

/** How one person wants `kind`. */
export async function deliveryFor(db: Db, userId: string, kind: NotificationKind): Promise<NotificationDelivery> {
	return (await deliveriesFor(db, [userId], kind)).get(userId)!
}

/** Every kind as this person has it, for the settings form. */
export async function notificationSettingsOf(userId: string): Promise<Record<NotificationKind, NotificationDelivery>> {
	const rows = await prisma().notificationSetting.findMany({
		where: { userId },
		select: { kind: true, delivery: true },
	})
	const stored = new Map(rows.map((row) => [row.kind, row.delivery]))
	return Object.fromEntries(
		(Object.keys(defaultDelivery) as NotificationKind[]).map((kind) => [kind, effective(kind, stored.get(kind))]),
	) as Record<NotificationKind, NotificationDelivery>
}
