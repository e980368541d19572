import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { requestPasswordReset } from '../../app/domain/accounts/request-password-reset.server.ts'
import { hashToken } from '../../app/domain/auth/session.server.ts'
import { mailOutboxHandlers } from '../../app/mail/outbox-handler.server.ts'
import { MAIL_TOPIC } from '../../app/mail/queue-mail.server.ts'
import { REMOVED_SECRET } from '../../app/mail/transport.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { resetEnvCache } from '../../app/utils/env.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { drainOutbox } from '../support/outbox.ts'
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts'
import { lastTokenSentTo, makeUser } from '../accounts/factories.ts'

// A reset, verification or invitation link is a key to someone's account.
// The database keeps only its SHA-256; the mail's copy must not outlive the
// hand-over in any row, nor reach the console outside `npm run dev`.

withTestDatabase()
let sink: SmtpSink
const received: string[] = []
let ipCounter = 0

beforeAll(async () => {
	sink = await startSmtpSink({ onMessage: ({ raw }) => void received.push(raw.toString('utf8')) })
})
afterEach(() => {
	delete process.env.SMTP_URL
	delete process.env.HUB_MODE
	delete process.env.PUBLIC_URL
	resetEnvCache()
	vi.restoreAllMocks()
})
afterAll(async () => {
	await sink.close()
})

function configure(settings: Record<string, string>) {
	Object.assign(process.env, settings)
	resetEnvCache()
}

const deliverQueuedMail = () => drainOutbox(mailOutboxHandlers())

/** Requests a reset and returns the token the mail carries, read before delivery. */
async function resetRequested(email: string) {
	await requestPasswordReset({ email }, { ip: `198.51.100.${++ipCounter}`, baseUrl: 'https://hub.example.org' })
	return lastTokenSentTo(email, '/reset-password?token=')
}

async function rowsMentioning(token: string) {
	const outbox = await prisma().$queryRaw<Array<{ id: bigint }>>`
		SELECT "id" FROM "OutboxEvent" WHERE "topic" = ${MAIL_TOPIC} AND "payload"::text LIKE ${`%${token}%`}`
	const mailbox = await prisma().mailMessage.count({
		where: { OR: [{ text: { contains: token } }, { html: { contains: token } }] },
	})
	return { outbox: outbox.length, mailbox }
}

describe('link tokens after a mail is handed over', () => {
	it('over SMTP: the recipient gets the link, and no row keeps it', async () => {
		configure({
			SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
			HUB_MODE: 'production',
			PUBLIC_URL: 'https://hub.example.org',
		})
		const user = await makeUser()
		const token = await resetRequested(user.email)
		expect(await rowsMentioning(token)).toEqual({ outbox: 1, mailbox: 0 })

		await deliverQueuedMail()
		expect(received.some((raw) => raw.replace(/=\r?\n/g, '').includes(token))).toBe(true)
		expect(await rowsMentioning(token)).toEqual({ outbox: 0, mailbox: 0 })
		// The hash is what makes the link work, and it is all the database has.
		expect(await prisma().userToken.count({ where: { tokenHash: hashToken(token) } })).toBe(1)
	})

	it('in production without SMTP, the mailbox keeps the mail without its link', async () => {
		configure({ HUB_MODE: 'production', PUBLIC_URL: 'https://hub.example.org' })
		const log = vi.spyOn(console, 'log').mockImplementation(() => {})
		const user = await makeUser()
		const token = await resetRequested(user.email)
		await deliverQueuedMail()
		expect(await rowsMentioning(token)).toEqual({ outbox: 0, mailbox: 0 })
		const stored = await prisma().mailMessage.findFirstOrThrow({ where: { to: user.email } })
		expect(stored.text).toContain(REMOVED_SECRET)
		expect(log.mock.calls.flat().join('\n')).not.toContain(token)
	})

	it('in the demo, the mailbox is how a newcomer signs in: it keeps the link, the console does not show it', async () => {
		configure({ HUB_MODE: 'demo' })
		const log = vi.spyOn(console, 'log').mockImplementation(() => {})
		const user = await makeUser()
		const token = await resetRequested(user.email)
		await deliverQueuedMail()
		expect(await rowsMentioning(token)).toEqual({ outbox: 0, mailbox: 1 })
		const printed = log.mock.calls.flat().join('\n')
		expect(printed).toContain('/admin/mail')
		expect(printed).not.toContain(token)
	})
})
