import { prisma } from '~/utils/db.server.ts'
import { recordOwnAudit } from '../audit/record-audit.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import type { FollowInput } from './follow-schema.ts'
import { newUnsubscribeKey } from './unsubscribe-token.server.ts'

/**
 * A signed-in person chooses to hear of new news, new events, both or
 * neither. Mail goes only to an address that proved itself, so an
 * unconfirmed account cannot sign someone else's address up.
 */
export async function setFollowing(actor: Actor, input: FollowInput): Promise<void> {
	if (!actor.emailVerified) throw new RuleError('follow-needs-confirmed-address')
	await prisma().$transaction(async (tx) => {
		const before = await tx.contentFollow.findUnique({ where: { userId: actor.userId } })
		if (!input.news && !input.events) {
			if (before) await tx.contentFollow.delete({ where: { userId: actor.userId } })
		} else {
			await tx.contentFollow.upsert({
				where: { userId: actor.userId },
				create: { userId: actor.userId, news: input.news, events: input.events, unsubscribeKey: newUnsubscribeKey() },
				update: { news: input.news, events: input.events },
			})
		}
		const unchanged = (before?.news ?? false) === input.news && (before?.events ?? false) === input.events
		if (!unchanged) {
			await recordOwnAudit(tx, actor.userId, 'user.followingChanged', { news: input.news, events: input.events })
		}
	})
}
