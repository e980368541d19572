import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import {
	defaultDelivery,
	defaultDigestFrequency,
	type DigestFrequency,
	deliveryChoices,
	type NotificationDelivery,
	type NotificationKind,
} from './notification-kinds.ts'

type Db = Prisma.TransactionClient | ReturnType<typeof prisma>

// The one question every sender asks before it writes a notification or
// queues a mail: how does this person want this kind? Asked inside the
// sender's transaction, so the answer and the notice commit together.

/** The delivery a stored choice stands for: a choice the kind no longer offers falls back to its default. */
export function effectiveDelivery(kind: NotificationKind, stored: string | undefined): NotificationDelivery {
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
	return new Map(unique.map((userId) => [userId, effectiveDelivery(kind, stored.get(userId))]))
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
		(Object.keys(defaultDelivery) as NotificationKind[]).map((kind) => [
			kind,
			effectiveDelivery(kind, stored.get(kind)),
		]),
	) as Record<NotificationKind, NotificationDelivery>
}

/** How often this person's digest comes when no saved search makes it due sooner. */
export async function digestFrequencyOf(userId: string): Promise<DigestFrequency> {
	const state = await prisma().alertDigestState.findUnique({ where: { userId }, select: { digestFrequency: true } })
	return state?.digestFrequency ?? defaultDigestFrequency
}

/**
 * The kinds this person has on "digest", each with when they chose it (null:
 * by default): the digest gathers a kind only from then on, so nothing mailed
 * before the change is listed again.
 */
export async function digestKindsOf(db: Db, userId: string): Promise<Map<NotificationKind, Date | null>> {
	const rows = await db.notificationSetting.findMany({
		where: { userId },
		select: { kind: true, delivery: true, updatedAt: true },
	})
	const stored = new Map(rows.map((row) => [row.kind, row]))
	const kinds = new Map<NotificationKind, Date | null>()
	for (const kind of Object.keys(defaultDelivery) as NotificationKind[]) {
		const row = stored.get(kind)
		if (effectiveDelivery(kind, row?.delivery) !== 'digest') continue
		kinds.set(kind, row && row.delivery === 'digest' ? row.updatedAt : null)
	}
	return kinds
}
