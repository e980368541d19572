import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { allocateEventSlug } from './event-slug.server.ts'
import type { EventInput } from './event-schema.ts'

/** A coordinator creates an event: a draft until it is announced (publish-event.server.ts). */
export async function createEvent(actor: Actor, input: EventInput): Promise<{ id: string }> {
	assertCan(actor, 'content.publish')
	return prisma().$transaction(async (tx) => {
		await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('event-slug'))`
		const slug = await allocateEventSlug(tx, input.titleEn ?? input.titleSv ?? '')
		const event = await tx.hubEvent.create({
			data: { ...eventColumns(input), slug, authorId: actor.userId },
			select: { id: true },
		})
		await recordAudit(tx, { actorId: actor.userId, action: 'event.created', entityType: 'event', entityId: event.id })
		return event
	})
}

/** The stored columns of the form's values: what was left empty is stored as nothing. */
export function eventColumns(input: EventInput) {
	return {
		titleEn: input.titleEn ?? null,
		descriptionEn: input.descriptionEn ?? null,
		titleSv: input.titleSv ?? null,
		descriptionSv: input.descriptionSv ?? null,
		startsAt: input.startsAt,
		endsAt: input.endsAt,
		timeZone: input.timeZone,
		place: input.place ?? null,
		address: input.address ?? null,
		onlineUrl: input.onlineUrl ?? null,
		organiser: input.organiser,
		registration: input.registration,
		registrationUrl: input.registrationUrl ?? null,
		capacity: input.capacity ?? null,
	}
}
