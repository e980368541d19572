import type { Prisma } from '~/generated/prisma/client.ts'
import { queueMail } from '~/mail/queue-mail.server.ts'
import { mailTo } from '~/mail/recipient-locale.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { notifyPerson } from '../notifications/notify-person.server.ts'

/**
 * Tells the author how the review went, in their language, through the
 * outbox: the mail exists exactly when the decision committed, and a
 * notification in the portal beside it, as the author's settings allow.
 * Nothing is sent for an erased or disabled author.
 */
export async function queueReviewOutcomeMail(
	tx: Prisma.TransactionClient,
	options: {
		authorId: string | null
		listingName: string
		approved: boolean
		/** Rejected as spam: the author is told it was not published, not what to change. */
		spam?: boolean
		comment?: string | null
	},
): Promise<void> {
	if (!options.authorId) return
	const author = await tx.user.findUnique({
		where: { id: options.authorId },
		select: { email: true, preferredLocale: true, disabledAt: true },
	})
	if (!author || author.disabledAt) return
	const { mail } = await notifyPerson(tx, options.authorId, {
		kind: options.approved ? 'review.approved' : 'review.rejected',
		path: '/my-listings',
		title: options.listingName,
	})
	if (!mail) return
	await queueMail(tx, 'reviewOutcome', {
		...mailTo(author),
		baseUrl: publicBaseUrl(),
		listingName: options.listingName,
		approved: options.approved,
		spam: options.spam ?? false,
		comment: options.comment ?? null,
	})
}
