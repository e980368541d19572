import { prisma } from '~/utils/db.server.ts'
import {
	claimedFollower,
	newUnsubscribeKey,
	tokenIsSigned,
	unsubscribeToken,
} from '../news/unsubscribe-token.server.ts'

// The one link of an alert digest, on the same mechanism as the follow mails'
// (decision 036): the member's id and an HMAC of it under a key only the
// database holds, one key per member. An alert link starts with "a", which
// no follow link does (those start with the id's hex), so /unsubscribe tells
// them apart. Using it turns every one of the member's saved-search alerts
// off (the searches stay) and replaces the key: the link works once.

const PURPOSE = 'unsubscribe-from-saved-search-alerts'
const PREFIX = 'a'

export function isAlertUnsubscribeToken(token: string): boolean {
	return token.startsWith(PREFIX)
}

export function alertUnsubscribeToken(userId: string, key: string): string {
	return `${PREFIX}${unsubscribeToken(userId, key, PURPOSE)}`
}

export { newUnsubscribeKey as newAlertKey }

function signedMember(token: string, keyOf: (userId: string) => string | undefined): string | null {
	if (!isAlertUnsubscribeToken(token)) return null
	const inner = token.slice(PREFIX.length)
	const userId = claimedFollower(inner)
	if (!userId) return null
	const key = keyOf(userId)
	return key && tokenIsSigned(inner, userId, key, PURPOSE) ? userId : null
}

export type AlertUnsubscribeLink = { kind: 'alerts'; searches: number } | { kind: 'not-subscribed' }

/** What the link would stop. Forged, used and erased links all read the same. */
export async function inspectAlertUnsubscribeLink(token: string): Promise<AlertUnsubscribeLink> {
	const inner = claimedFollower(token.slice(PREFIX.length))
	if (!isAlertUnsubscribeToken(token) || !inner) return { kind: 'not-subscribed' }
	const state = await prisma().alertDigestState.findUnique({ where: { userId: inner } })
	const userId = signedMember(token, () => state?.unsubscribeKey)
	if (!userId) return { kind: 'not-subscribed' }
	const searches = await prisma().savedSearch.count({ where: { userId, frequency: { not: 'off' } } })
	return searches ? { kind: 'alerts', searches } : { kind: 'not-subscribed' }
}

/** Turns the member's alerts off; a second use, or a forged link, changes nothing. */
export async function unsubscribeFromAlerts(token: string): Promise<'unsubscribed' | 'not-subscribed'> {
	const inner = isAlertUnsubscribeToken(token) ? claimedFollower(token.slice(PREFIX.length)) : null
	if (!inner) return 'not-subscribed'
	return prisma().$transaction(async (tx) => {
		const [state] = await tx.$queryRaw<Array<{ unsubscribeKey: string }>>`
			SELECT "unsubscribeKey" FROM "AlertDigestState" WHERE "userId" = ${inner}::uuid FOR UPDATE`
		const userId = signedMember(token, () => state?.unsubscribeKey)
		if (!userId) return 'not-subscribed'
		const { count } = await tx.savedSearch.updateMany({
			where: { userId, frequency: { not: 'off' } },
			data: { frequency: 'off' },
		})
		await tx.alertDigestState.update({ where: { userId }, data: { unsubscribeKey: newUnsubscribeKey() } })
		return count ? 'unsubscribed' : 'not-subscribed'
	})
}
