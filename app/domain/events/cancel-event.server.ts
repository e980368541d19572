import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { lockEventForRegistration } from './lock-event.server.ts'
import { queueEventCancelledMails } from './registration-mail.server.ts'

/**
 * An announced event is cancelled: it stays on the public pages marked
 * "Cancelled" (people who planned to come must learn it), its SEQUENCE
 * grows so calendars show it as STATUS:CANCELLED, and everyone registered or
 * waiting is mailed.
 */
export async function cancelEvent(actor: Actor, id: string): Promise<void> {
	assertCan(actor, 'content.publish')
	await prisma().$transaction(async (tx) => {
		const event = await lockEventForRegistration(tx, id)
		if (!event) throw new RuleError('event-not-found')
		if (event.status !== 'published') throw new RuleError('transition-not-allowed')
		await tx.hubEvent.update({ where: { id }, data: { status: 'cancelled', sequence: { increment: 1 } } })
		await recordAudit(tx, { actorId: actor.userId, action: 'event.cancelled', entityType: 'event', entityId: id })
		await queueEventCancelledMails(tx, id, event)
	})
}
