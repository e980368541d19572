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

export async function deliverMail(mail: OutgoingMail): Promise<{ via: 'smtp' | 'mailbox' }> {
	const settings = env()
	const smtpUrl = process.env.SMTP_URL || settings.SMTP_URL
	if (smtpUrl) {
		await smtpTransport(smtpUrl).sendMail({ from: settings.MAIL_FROM, ...mail })
		return { via: 'smtp' }
	}
	await prisma().mailMessage.create({
		data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null },
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
