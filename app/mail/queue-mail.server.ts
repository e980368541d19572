import { randomUUID } from 'node:crypto'
import { enqueue, type OutboxWriter } from '~/outbox/outbox.server.ts'
import { mailTemplates, type MailTemplateName } from './templates.ts'
import type { OutgoingMail } from './transport.server.ts'

/** Outbox topic of outgoing mail; app/mail/outbox-handler.server.ts delivers it. */
export const MAIL_TOPIC = 'mail.send'

export type MailParams<Name extends MailTemplateName> = Parameters<(typeof mailTemplates)[Name]>[0]

/**
 * Renders a mail and records it in the caller's transaction, so the mail
 * exists exactly when the change it reports committed: a rolled-back sign-up
 * sends nothing, and a crash after commit still sends.
 *
 * The aggregate id is random: mails never wait on one another, and the row
 * names no person outside its payload (erasure removes those payloads).
 *
 * A template's `token` parameter is the one secret a mail carries (a sign-in,
 * reset or invitation link). The database keeps only its hash; the copy in
 * this row lives until the mail is handed over, then the row is scrubbed
 * (outbox-handler.server.ts), and a production mailbox never stores it.
 */
export async function queueMail<Name extends MailTemplateName>(
	tx: OutboxWriter,
	templateName: Name,
	params: MailParams<Name>,
): Promise<OutgoingMail> {
	const render = mailTemplates[templateName] as (params: MailParams<Name>) => OutgoingMail
	const mail = render(params)
	const payload: OutgoingMail = { to: mail.to, subject: mail.subject, text: mail.text }
	if (mail.html) payload.html = mail.html
	if (mail.headers) payload.headers = mail.headers
	const token = (params as { token?: unknown }).token
	if (typeof token === 'string' && token) payload.secrets = [token]
	await enqueue(tx, { topic: MAIL_TOPIC, aggregateId: randomUUID(), payload: { ...payload } })
	return mail
}
