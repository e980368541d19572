import nodemailer, { type Transporter } from 'nodemailer'
import { env } from '~/utils/env.server.ts'
import { prisma } from '~/utils/db.server.ts'

// Mail leaves the portal only from the outbox worker (topic `mail.send`), so a
// crash between "saved" and "sent" loses nothing. With SMTP_URL it goes over
// SMTP; without, into the development mailbox (/admin/mail) and the console.

export interface OutgoingMail {
	to: string
	subject: string
	text: string
	html?: string
	/** Extra header lines, such as List-Unsubscribe (RFC 2369, 8058) on mail to followers. */
	headers?: Record<string, string>
	/** Strings in the body that grant access (link tokens): never stored where they outlive the hand-over. */
	secrets?: string[]
}

/** What a production mailbox keeps of a link token: the mail, not the key to someone's account. */
export const REMOVED_SECRET = '[link removed: set SMTP_URL to send it]'

function withoutSecrets(body: string, secrets: readonly string[]): string {
	return secrets.reduce((text, secret) => text.split(secret).join(REMOVED_SECRET), body)
}

let transporter: Transporter | undefined
let transporterUrl: string | undefined

function smtpTransport(url: string): Transporter {
	if (!transporter || transporterUrl !== url) {
		transporter = nodemailer.createTransport(url)
		transporterUrl = url
	}
	return transporter
}

function smtpUrlOf(settings: ReturnType<typeof env>): string | undefined {
	return process.env.SMTP_URL || settings.SMTP_URL
}

/**
 * Where a mail this process queues ends up, as pages tell the person who
 * asked for it: `mailbox` when the demo or development portal keeps mail in
 * its development mailbox (its worker runs with the same settings), else
 * `smtp`. In production the web processes need no SMTP_URL (the workers
 * send), so a production page never claims the mail stayed behind.
 */
export function mailDelivery(): 'smtp' | 'mailbox' {
	const settings = env()
	return smtpUrlOf(settings) || settings.HUB_MODE === 'production' ? 'smtp' : 'mailbox'
}

export async function deliverMail(mail: OutgoingMail): Promise<{ via: 'smtp' | 'mailbox' }> {
	const settings = env()
	const smtpUrl = smtpUrlOf(settings)
	const { secrets = [], ...message } = mail
	if (smtpUrl) {
		await smtpTransport(smtpUrl).sendMail({ from: settings.MAIL_FROM, ...message })
		return { via: 'smtp' }
	}
	// The demo's mailbox is how a newcomer signs up without SMTP, links and
	// all; in production it is a fallback an admin reads, so links go.
	const keep = (body: string) => (settings.HUB_MODE === 'production' ? withoutSecrets(body, secrets) : body)
	await prisma().mailMessage.create({
		data: { to: mail.to, subject: mail.subject, text: keep(mail.text), html: mail.html ? keep(mail.html) : null },
	})
	// Bodies carry sign-in links: only `npm run dev` prints them. Everywhere
	// else the console says where to read the mail, not what it says.
	if (settings.HUB_MODE === 'development') {
		console.log(`\n✉ To: ${mail.to}\n  Subject: ${mail.subject}\n${mail.text.replace(/^/gm, '  ')}\n`)
	} else if (settings.HUB_MODE === 'demo') {
		console.log(`✉ Mail to ${mail.to} ("${mail.subject}") is in the development mailbox: /admin/mail`)
	}
	return { via: 'mailbox' }
}
