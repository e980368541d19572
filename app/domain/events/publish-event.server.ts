import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { announceToFollowers } from '../news/followers-mail.server.ts'
import { RuleError } from '../rules.ts'

/** A draft event is announced: it appears on /events and in the calendar feed, and its followers are mailed. */
export async function publishEvent(actor: Actor, id: string, now = new Date()): Promise<{ slug: string }> {
	assertCan(actor, 'content.publish')
	return prisma().$transaction(async (tx) => {
		const [event] = await tx.$queryRaw<Array<{ status: string; slug: string }>>`
			SELECT status::text, slug FROM "HubEvent" WHERE id = ${id}::uuid FOR UPDATE`
		if (!event) throw new RuleError('event-not-found')
		if (event.status !== 'draft') throw new RuleError('transition-not-allowed')
		await tx.hubEvent.update({ where: { id }, data: { status: 'published', publishedAt: now } })
		await recordAudit(tx, { actorId: actor.userId, action: 'event.published', entityType: 'event', entityId: id })
		await announceToFollowers(tx, 'event', id)
		return { slug: event.slug }
	})
}
