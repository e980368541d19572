import { prisma } from '~/utils/db.server.ts'
import { recordOwnAudit } from '../audit/record-audit.server.ts'
import { digestKindsOf } from '../notifications/delivery.server.ts'
import { portalNoticeKinds, type NotificationKind } from '../notifications/notification-kinds.ts'
import { storeDelivery } from '../notifications/set-notification-settings.server.ts'
import {
	claimedFollower,
	newUnsubscribeKey,
	tokenIsSigned,
	UNSUBSCRIBE_TOKEN_LENGTH,
	unsubscribeToken,
} from '../news/unsubscribe-token.server.ts'

// The one link of an alert digest, on the same mechanism as the follow mails'
// (decision 036): the member's id and an HMAC of it under a key only the
// database holds, one key per member. An alert link is "a" before such a
// token, so it is one character longer than any follow link: that length is
// what tells them apart at /unsubscribe, since a follow link may start with
// "a" too (an id's first hex digit). Using it stops all digest mail: every saved-search alert is
// turned off (the searches stay), notices gathered in the digest stay in the
// portal only, followed news and hub news are turned off; and it replaces
// the key: the link works once.

const PURPOSE = 'unsubscribe-from-saved-search-alerts'
const PREFIX = 'a'

export function isAlertUnsubscribeToken(token: string): boolean {
	return token.length === PREFIX.length + UNSUBSCRIBE_TOKEN_LENGTH && token.startsWith(PREFIX)
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

/** The kinds besides saved searches whose mail the digest carries: what the link also stops. */
export type DigestKind = Exclude<NotificationKind, 'savedSearches'>

export type AlertUnsubscribeLink =
	{ kind: 'alerts'; searches: number; kinds: DigestKind[] } | { kind: 'not-subscribed' }

async function digestContents(db: Parameters<typeof digestKindsOf>[0], userId: string) {
	const searches = await db.savedSearch.count({ where: { userId, frequency: { not: 'off' } } })
	const kinds = [...(await digestKindsOf(db, userId)).keys()].filter(
		(kind): kind is DigestKind => kind !== 'savedSearches',
	)
	return { searches, kinds }
}

/** What the link would stop. Forged, used and erased links all read the same. */
export async function inspectAlertUnsubscribeLink(token: string): Promise<AlertUnsubscribeLink> {
	const inner = claimedFollower(token.slice(PREFIX.length))
	if (!isAlertUnsubscribeToken(token) || !inner) return { kind: 'not-subscribed' }
	const state = await prisma().alertDigestState.findUnique({ where: { userId: inner } })
	const userId = signedMember(token, () => state?.unsubscribeKey)
	if (!userId) return { kind: 'not-subscribed' }
	const { searches, kinds } = await digestContents(prisma(), userId)
	return searches || kinds.length ? { kind: 'alerts', searches, kinds } : { kind: 'not-subscribed' }
}

/** Stops all of the member's digest mail; a second use, or a forged link, changes nothing. */
export async function unsubscribeFromAlerts(token: string): Promise<'unsubscribed' | 'not-subscribed'> {
	const inner = isAlertUnsubscribeToken(token) ? claimedFollower(token.slice(PREFIX.length)) : null
	if (!inner) return 'not-subscribed'
	return prisma().$transaction(async (tx) => {
		const [state] = await tx.$queryRaw<Array<{ unsubscribeKey: string }>>`
			SELECT "unsubscribeKey" FROM "AlertDigestState" WHERE "userId" = ${inner}::uuid FOR UPDATE`
		const userId = signedMember(token, () => state?.unsubscribeKey)
		if (!userId) return 'not-subscribed'
		const { kinds } = await digestContents(tx, userId)
		const { count } = await tx.savedSearch.updateMany({
			where: { userId, frequency: { not: 'off' } },
			data: { frequency: 'off' },
		})
		for (const kind of kinds) {
			// Notices stay in the portal, where they were all along; only their mail stops.
			await storeDelivery(tx, userId, kind, (portalNoticeKinds as readonly string[]).includes(kind) ? 'portal' : 'off')
		}
		await tx.alertDigestState.update({ where: { userId }, data: { unsubscribeKey: newUnsubscribeKey() } })
		if (!count && !kinds.length) return 'not-subscribed'
		await recordOwnAudit(tx, userId, 'user.digestUnsubscribed', { savedSearches: count, kinds })
		return 'unsubscribed'
	})
}
