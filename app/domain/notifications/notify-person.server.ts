import type { Prisma } from '~/generated/prisma/client.ts'
import type { NoticeKind } from '~/mail/request-notice.ts'
import { deliveryFor } from './delivery.server.ts'
import { byMailNow, inPortal, settingKindOf } from './notification-kinds.ts'

/**
 * Tells one person of a decision about them (a review, a claim, an
 * invitation) in the portal, in the decision's own transaction, as their
 * settings allow; says whether they also want the mail now, which the caller
 * queues with its own template.
 */
export async function notifyPerson(
	tx: Prisma.TransactionClient,
	userId: string,
	notice: { kind: NoticeKind; path: string; title: string; provider?: string | null },
): Promise<{ mail: boolean }> {
	const delivery = await deliveryFor(tx, userId, settingKindOf(notice.kind))
	if (inPortal(delivery)) {
		await tx.notification.create({
			data: {
				userId,
				kind: notice.kind,
				payload: { path: notice.path, title: notice.title, provider: notice.provider ?? null },
			},
		})
	}
	return { mail: byMailNow(delivery) }
}
