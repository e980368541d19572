import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { signUp } from '../../app/domain/accounts/sign-up.server.ts'
import { startSession } from '../../app/domain/auth/session.server.ts'
import { sessionCookieName } from '../../app/http/session-cookie.server.ts'
import { mailOutboxHandlers } from '../../app/mail/outbox-handler.server.ts'
import { MAIL_TOPIC } from '../../app/mail/queue-mail.server.ts'
import { loader as mailLoader } from '../../app/routes/admin.mail.$messageId.tsx'
import { loader as mailboxLoader } from '../../app/routes/admin.mail._index.tsx'
import { prisma } from '../../app/utils/db.server.ts'
import { resetEnvCache } from '../../app/utils/env.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { drainOutbox } from '../support/outbox.ts'
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts'
import { makeUser } from './factories.ts'

// The outbox handler against a real SMTP server on a free local port: what
// arrives is what a mail client would show.

interface Received {
	from: string
	to: string[]
	raw: string
}

withTestDatabase()
let sink: SmtpSink
let port: number
const received: Received[] = []

beforeAll(async () => {
	sink = await startSmtpSink({
		onMessage: ({ from, to, raw }) => {
			received.push({ from, to, raw: raw.toString('utf8') })
		},
	})
	port = sink.port
})

/** The transport reads SMTP_URL through the cached environment too: set both. */
function useSmtp(url: string | undefined) {
	if (url) process.env.SMTP_URL = url
	else delete process.env.SMTP_URL
	resetEnvCache()
}

afterEach(() => useSmtp(undefined))

afterAll(async () => {
	await sink.close()
})

/** The body as a mail client shows it: quoted-printable soft breaks joined, escapes decoded. */
function decodedBody(raw: string): string {
	const body = raw.slice(raw.indexOf('\r\n\r\n') + 4)
	const joined = body.replace(/=\r?\n/g, '')
	return Buffer.from(
		joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
		'latin1',
	).toString('utf8')
}

const deliverQueuedMail = () => drainOutbox(mailOutboxHandlers())

describe('mail through the outbox', () => {
	it('delivers a queued sign-up mail over SMTP with its subject and link, then completes the row', async () => {
		useSmtp(`smtp://127.0.0.1:${port}`)
		await signUp(
			{ name: 'Greta Grön', email: 'greta@example.org', password: 'gröna gurkor i glas' },
			{ ip: '192.0.2.1', locale: 'en', baseUrl: 'https://hub.example' },
		)
		expect(received).toHaveLength(0)
		await deliverQueuedMail()

		expect(received).toHaveLength(1)
		const [message] = received
		expect(message!.to).toEqual(['greta@example.org'])
		expect(message!.raw).toMatch(/^Subject: Confirm your e-mail address\r?$/m)
		expect(decodedBody(message!.raw)).toMatch(/https:\/\/hub\.example\/verify-email\?token=[A-Za-z0-9_-]{43}/)
		expect(decodedBody(message!.raw)).toContain('Hello Greta Grön,')
		const row = await prisma().outboxEvent.findFirstOrThrow({ where: { topic: MAIL_TOPIC } })
		expect(row.processedAt).toBeInstanceOf(Date)
		expect(row.lastError).toBeNull()
		// Sent over SMTP, so nothing in the development mailbox.
		expect(await prisma().mailMessage.count()).toBe(0)
	})

	it('keeps the row for a retry, with the error, when the SMTP server cannot be reached', async () => {
		await prisma().outboxEvent.deleteMany()
		const unreachable = new SMTPServer({ authOptional: true, logger: false })
		await new Promise<void>((resolve) => unreachable.listen(0, '127.0.0.1', resolve))
		const closedPort = (unreachable.server.address() as AddressInfo).port
		await new Promise<void>((resolve) => unreachable.close(() => resolve()))
		useSmtp(`smtp://127.0.0.1:${closedPort}`)

		await signUp(
			{ name: 'Hugo', email: 'hugo@example.org', password: 'hugos hemliga fras' },
			{ ip: '192.0.2.2', locale: 'en', baseUrl: 'https://hub.example' },
		)
		await deliverQueuedMail()
		const row = await prisma().outboxEvent.findFirstOrThrow({ where: { topic: MAIL_TOPIC } })
		expect(row.processedAt).toBeNull()
		expect(row.lastError).toMatch(/ECONNREFUSED|connect/i)
		expect(row.availableAt.getTime()).toBeGreaterThan(row.createdAt.getTime())
	})

	it('without SMTP_URL, puts the mail in the development mailbox, where the platform admin reads it on /admin/mail', async () => {
		await prisma().outboxEvent.deleteMany()
		await signUp(
			{ name: 'Ida', email: 'ida@example.org', password: 'idas långa lösenord' },
			{ ip: '192.0.2.3', locale: 'sv', baseUrl: 'https://hub.example' },
		)
		await deliverQueuedMail()
		const [mail] = await prisma().mailMessage.findMany({ where: { to: 'ida@example.org' } })
		expect(mail).toMatchObject({ subject: 'Bekräfta din e-postadress' })
		expect(mail!.text).toContain('https://hub.example/verify-email?token=')

		// The end-to-end server always has an SMTP server, so the page is shown working here.
		const admin = await makeUser({ role: 'platform_admin' })
		const { token } = await startSession(admin.id)
		const asAdmin = (path: string) => {
			const url = `https://hub.example${path}`
			return new Request(url, { headers: { Cookie: `${sessionCookieName(new Request(url))}=${token}` } })
		}
		const list = await mailboxLoader({ request: asAdmin('/admin/mail'), params: {}, context: {} })
		expect(list.delivered).toEqual([
			expect.objectContaining({ id: mail!.id, to: 'ida@example.org', subject: 'Bekräfta din e-postadress' }),
		])
		const opened = await mailLoader({
			request: asAdmin(`/admin/mail/${mail!.id}`),
			params: { messageId: mail!.id },
			context: {},
		})
		expect(opened.mail.text).toContain('https://hub.example/verify-email?token=')
	})
})
