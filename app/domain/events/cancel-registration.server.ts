import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { lockEventForRegistration } from './lock-event.server.ts'
import { giveFreedSeat } from './give-freed-seat.server.ts'

/**
 * A member gives up their seat or their place on the waiting list. A freed
 * seat goes, in the same transaction, to the first person waiting, who is
 * mailed. Once the event has started nothing changes any more.
 */
export async function cancelRegistration(
	actor: Actor,
	eventId: string,
	now = new Date(),
): Promise<{ movedUp: boolean }> {
	return prisma().$transaction(async (tx) => {
		const event = await lockEventForRegistration(tx, eventId)
		if (!event || event.status === 'draft') throw new RuleError('event-not-found')
		if (event.startsAt <= now) throw new RuleError('registration-closed')
		const entry = await tx.eventRegistrationEntry.findUnique({
			where: { eventId_userId: { eventId, userId: actor.userId } },
			select: { id: true, place: true },
		})
		if (!entry) throw new RuleError('not-registered')
		await tx.eventRegistrationEntry.delete({ where: { id: entry.id } })
		await recordAudit(tx, {
			actorId: actor.userId,
			action: 'event.registrationCancelled',
			entityType: 'event',
			entityId: eventId,
		})
		if (entry.place !== 'registered' || event.status !== 'published') return { movedUp: false }
		return { movedUp: await giveFreedSeat(tx, event) }
	})
}
