import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { lockEventForRegistration } from './lock-event.server.ts'

export type RegistrationOutcome = { place: 'registered' } | { place: 'waiting' }

/**
 * One button on the event's page: a seat while there is one, otherwise the
 * end of the waiting list. Registering twice changes nothing. Closes when the
 * event starts; only events with registration in the portal take any.
 */
export async function registerForEvent(actor: Actor, eventId: string, now = new Date()): Promise<RegistrationOutcome> {
	if (!actor.emailVerified) throw new RuleError('registration-needs-confirmed-address')
	return prisma().$transaction(async (tx) => {
		const event = await lockEventForRegistration(tx, eventId)
		if (!event || event.status === 'draft') throw new RuleError('event-not-found')
		if (event.registration !== 'portal' || event.status !== 'published') throw new RuleError('registration-not-open')
		if (event.startsAt <= now) throw new RuleError('registration-closed')

		const existing = await tx.eventRegistrationEntry.findUnique({
			where: { eventId_userId: { eventId, userId: actor.userId } },
			select: { place: true },
		})
		if (existing) return { place: existing.place }

		const seated = await tx.eventRegistrationEntry.count({ where: { eventId, place: 'registered' } })
		const place = event.capacity === null || seated < event.capacity ? 'registered' : 'waiting'
		await tx.eventRegistrationEntry.create({ data: { eventId, userId: actor.userId, place, queuedAt: now } })
		await recordAudit(tx, {
			actorId: actor.userId,
			action: place === 'registered' ? 'event.registered' : 'event.waitlisted',
			entityType: 'event',
			entityId: eventId,
		})
		return { place }
	})
}
