import type { Prisma } from '~/generated/prisma/client.ts'
import { queueMail } from '~/mail/queue-mail.server.ts'
import { recipientLocale } from '~/mail/recipient-locale.ts'
import { env } from '~/utils/env.server.ts'

/** Where links in mails point when the caller has no request to ask (tests, CLI). */
export function defaultMailBaseUrl(): string {
	const settings = env()
	return (settings.PUBLIC_URL ?? `http://${settings.HOST}:${settings.PORT}`).replace(/\/+$/, '')
}

/**
 * Tells the author how the review went, in their language, through the
 * outbox: the mail exists exactly when the decision committed. Nothing is
 * sent for an erased or disabled author.
 */
export async function queueReviewOutcomeMail(
	tx: Prisma.TransactionClient,
	options: {
		authorId: string | null
		listingName: string
		approved: boolean
		comment?: string | null
		baseUrl?: string
	},
): Promise<void> {
	if (!options.authorId) return
	const author = await tx.user.findUnique({
		where: { id: options.authorId },
		select: { email: true, preferredLocale: true, disabledAt: true },
	})
	if (!author || author.disabledAt) return
	await queueMail(tx, 'reviewOutcome', {
		to: author.email,
		locale: recipientLocale(author.preferredLocale),
		baseUrl: options.baseUrl ?? defaultMailBaseUrl(),
		listingName: options.listingName,
		approved: options.approved,
		comment: options.comment ?? null,
	})
}
