import { prisma } from '~/utils/db.server.ts'
import { recordOwnAudit } from '../audit/record-audit.server.ts'
import { claimedFollower, tokenIsSigned } from './unsubscribe-token.server.ts'

// The unsubscribe link of a follower's mail: looked at (GET, which mail
// scanners do too, so it changes nothing) and then used (POST, from the page's
// button or a mail client's one-click List-Unsubscribe-Post, RFC 8058).

export type UnsubscribeLink = { kind: 'following'; news: boolean; events: boolean } | { kind: 'not-following' }

async function followOfToken(token: string) {
	const userId = claimedFollower(token)
	if (!userId) return null
	const follow = await prisma().contentFollow.findUnique({ where: { userId } })
	return follow && tokenIsSigned(token, userId, follow.unsubscribeKey) ? follow : null
}

/**
 * What the link would end. A forged link, one already used and one of an
 * erased account all read "not following": the page says the same for each,
 * so the link tells nobody whether an account exists.
 */
export async function inspectUnsubscribeLink(token: string): Promise<UnsubscribeLink> {
	const follow = await followOfToken(token)
	return follow ? { kind: 'following', news: follow.news, events: follow.events } : { kind: 'not-following' }
}

/** Ends the follow the link was made for; a second use (or a forged link) ends nothing. */
export async function unsubscribe(token: string): Promise<'unsubscribed' | 'not-following'> {
	const userId = claimedFollower(token)
	if (!userId) return 'not-following'
	return prisma().$transaction(async (tx) => {
		const [follow] = await tx.$queryRaw<Array<{ unsubscribeKey: string }>>`
			SELECT "unsubscribeKey" FROM "ContentFollow" WHERE "userId" = ${userId}::uuid FOR UPDATE`
		if (!follow || !tokenIsSigned(token, userId, follow.unsubscribeKey)) return 'not-following'
		await tx.contentFollow.delete({ where: { userId } })
		await recordOwnAudit(tx, userId, 'user.unsubscribed')
		return 'unsubscribed'
	})
}
