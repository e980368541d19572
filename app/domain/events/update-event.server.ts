import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { eventColumns } from './create-event.server.ts'
import { allocateEventSlug } from './event-slug.server.ts'
import type { EventInput } from './event-schema.ts'
import { giveFreedSeat } from './give-freed-seat.server.ts'
import { lockEventForRegistration } from './lock-event.server.ts'

/**
 * A coordinator edits an event. Its iCalendar SEQUENCE grows, so calendars
 * that subscribed take the new time or place; its slug follows the title
 * only until it is first announced. More seats go at once, in waiting-list
 * order, to the people waiting (each is mailed); fewer seats take nobody's
 * seat away, they only stop new registrations until enough people cancel.
 */
export async function updateEvent(
	actor: Actor,
	id: string,
	input: EventInput,
	now = new Date(),
): Promise<{ slug: string; movedUp: number }> {
	assertCan(actor, 'content.publish')
	return prisma().$transaction(async (tx) => {
		await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('event-slug'))`
		const event = await tx.hubEvent.findUnique({ where: { id }, select: { slug: true, publishedAt: true } })
		if (!event) throw new RuleError('event-not-found')
		const slug = event.publishedAt ? event.slug : await allocateEventSlug(tx, input.titleEn ?? input.titleSv ?? '', id)
		await tx.hubEvent.update({ where: { id }, data: { ...eventColumns(input), slug, sequence: { increment: 1 } } })
		await recordAudit(tx, { actorId: actor.userId, action: 'event.updated', entityType: 'event', entityId: id })
		return { slug, movedUp: await seatTheWaiting(tx, id, now) }
	})
}

async function seatTheWaiting(tx: Prisma.TransactionClient, eventId: string, now: Date): Promise<number> {
	const event = await lockEventForRegistration(tx, eventId)
	if (!event || event.status !== 'published' || event.registration !== 'portal' || event.startsAt <= now) return 0
	let movedUp = 0
	while (await giveFreedSeat(tx, event)) movedUp++
	return movedUp
}
