import type { Prisma } from '~/generated/prisma/client.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import type { lockEventForRegistration } from './lock-event.server.ts'
import { queueSeatGivenMail } from './registration-mail.server.ts'

type LockedEvent = NonNullable<Awaited<ReturnType<typeof lockEventForRegistration>>>

/**
 * A seat may have become free: if fewer people are seated than the event
 * has seats (a coordinator may have lowered the number below those already
 * seated), the first person on the waiting list gets one and is mailed. The
 * caller holds the event's row lock, so a seat goes to one person only.
 * Returns whether anyone moved up.
 */
export async function giveFreedSeat(tx: Prisma.TransactionClient, event: LockedEvent): Promise<boolean> {
	if (event.capacity !== null) {
		const seated = await tx.eventRegistrationEntry.count({ where: { eventId: event.id, place: 'registered' } })
		if (seated >= event.capacity) return false
	}
	const next = await tx.eventRegistrationEntry.findFirst({
		where: { eventId: event.id, place: 'waiting' },
		orderBy: [{ queuedAt: 'asc' }, { id: 'asc' }],
		select: { id: true, userId: true },
	})
	if (!next) return false
	await tx.eventRegistrationEntry.update({ where: { id: next.id }, data: { place: 'registered' } })
	await recordAudit(tx, { actorId: null, action: 'event.movedUp', entityType: 'event', entityId: event.id })
	await queueSeatGivenMail(tx, next.userId, event)
	return true
}
