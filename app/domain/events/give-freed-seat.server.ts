import type { Prisma } from '~/generated/prisma/client.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import type { lockEventForRegistration } from './lock-event.server.ts'
import { queueSeatGivenMail } from './registration-mail.server.ts'

type LockedEvent = NonNullable<Awaited<ReturnType<typeof lockEventForRegistration>>>

/**
 * A seat just became free: the first person on the waiting list gets it and
 * is mailed. The caller holds the event's row lock, so a seat goes to one
 * person only. Returns whether anyone was waiting.
 */
export async function giveFreedSeat(tx: Prisma.TransactionClient, event: LockedEvent): Promise<boolean> {
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
