import { z } from 'zod'
import type { OutboxHandler } from '~/outbox/worker.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { MAIL_TOPIC } from './queue-mail.server.ts'
import { deliverMail } from './transport.server.ts'

const outgoingMailSchema = z.object({
	to: z.string().min(1),
	subject: z.string(),
	text: z.string(),
	html: z.string().optional(),
	headers: z.record(z.string(), z.string()).optional(),
	secrets: z.array(z.string()).optional(),
})

/**
 * Once a mail is handed over, its row keeps only who and what about: a link
 * token must not outlive the delivery in the database (it grants access until
 * it expires, and processed rows stay for a week as history).
 */
async function scrubDelivered(id: bigint) {
	await prisma().$executeRaw`
		UPDATE "OutboxEvent"
		SET "payload" = jsonb_build_object('to', "payload"->'to', 'subject', "payload"->'subject', 'delivered', true)
		WHERE "id" = ${String(id)}::bigint`
}

/**
 * Delivers `mail.send` rows one by one; a row that fails is retried with
 * backoff while the rest of its batch completes.
 *
 * Idempotency: SMTP has no "send once" handshake. If the process dies after
 * the server accepted a message but before the row is marked done, the lease
 * expires and the message is sent again. A rare duplicate of a transactional
 * mail is acceptable; a lost one (a sign-up link that never arrives) is not.
 * A payload that is not a mail never becomes one: it stays failing, visible
 * on /admin/mail and in the outbox backlog, until someone looks.
 */
export function mailOutboxHandlers(): Record<string, OutboxHandler> {
	return {
		[MAIL_TOPIC]: async (events) => {
			const failed: Array<{ id: bigint; error: unknown }> = []
			for (const event of events) {
				try {
					await deliverMail(outgoingMailSchema.parse(event.payload))
					await scrubDelivered(event.id)
				} catch (error) {
					failed.push({ id: event.id, error })
				}
			}
			return { failed }
		},
	}
}
