import { parseWithZod } from '@conform-to/zod'
import { describe, expect, it } from 'vitest'
import { signupSchema } from '../../app/domain/accounts/schemas.ts'
import { signUp } from '../../app/domain/accounts/sign-up.server.ts'
import { confirmEmailLink, inspectEmailLink } from '../../app/domain/accounts/verify-email.server.ts'
import { MAIL_TOPIC } from '../../app/mail/queue-mail.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { lastTokenSentTo, makeUser, queuedMailTo } from './factories.ts'

withTestDatabase()

const context = { ip: '198.51.100.1', locale: 'en' as const, baseUrl: 'https://hub.example' }
let ipCounter = 0
/** A fresh address per test, so the sign-up limit per IP only bites where a test wants it to. */
const freshContext = () => ({ ...context, ip: `198.51.100.${++ipCounter + 10}` })

function form(fields: Record<string, string>) {
	const data = new FormData()
	for (const [name, value] of Object.entries(fields)) data.set(name, value)
	return data
}

describe('sign-up', () => {
	it('creates an unverified user and queues the verification mail instead of sending it', async () => {
		const result = await signUp(
			{ name: 'Astrid Lind', email: 'astrid@example.org', password: 'kaffe och kanelbullar' },
			freshContext(),
		)
		expect(result).toEqual({ kind: 'check-inbox' })
		const user = await prisma().user.findUniqueOrThrow({ where: { email: 'astrid@example.org' } })
		expect(user.emailVerifiedAt).toBeNull()
		expect(user.passwordHash).toMatch(/^scrypt\$/)
		expect(user.preferredLocale).toBe('en')
		const mails = await queuedMailTo('astrid@example.org')
		expect(mails).toHaveLength(1)
		expect(mails[0]!.subject).toBe('Confirm your e-mail address')
		expect(mails[0]!.text).toContain('https://hub.example/verify-email?token=')
		// Queued, not sent: nothing reached the mailbox, and the worker has not run.
		expect(await prisma().mailMessage.count()).toBe(0)
		expect(await prisma().outboxEvent.count({ where: { topic: MAIL_TOPIC, processedAt: { not: null } } })).toBe(0)
	})

	it('writes the mail in the language of the page the person signed up on', async () => {
		await signUp(
			{ name: 'Bo Ek', email: 'bo@example.org', password: 'tre små grisar i skogen' },
			{ ...freshContext(), locale: 'sv' },
		)
		const [mail] = await queuedMailTo('bo@example.org')
		expect(mail!.subject).toBe('Bekräfta din e-postadress')
		expect((await prisma().user.findUniqueOrThrow({ where: { email: 'bo@example.org' } })).preferredLocale).toBe('sv')
	})

	it('a filled-in honeypot answers like a success and creates nothing', async () => {
		const before = { users: await prisma().user.count(), outbox: await prisma().outboxEvent.count() }
		const result = await signUp(
			{ name: 'Bot', email: 'bot@example.org', password: 'totally human password', website: 'http://spam.example' },
			freshContext(),
		)
		expect(result).toEqual({ kind: 'check-inbox' })
		expect(await prisma().user.count()).toBe(before.users)
		expect(await prisma().outboxEvent.count()).toBe(before.outbox)
	})

	it('answers the same for an address that has an account, and tells its owner by mail', async () => {
		const existing = await makeUser({ email: 'taken@example.org' })
		const result = await signUp(
			{ name: 'Someone', email: 'taken@example.org', password: 'another fine passphrase' },
			freshContext(),
		)
		expect(result).toEqual({ kind: 'check-inbox' })
		expect(await prisma().user.count({ where: { email: 'taken@example.org' } })).toBe(1)
		expect((await prisma().user.findUniqueOrThrow({ where: { id: existing.id } })).passwordHash).toBe(
			existing.passwordHash,
		)
		const mails = await queuedMailTo('taken@example.org')
		expect(mails.map((mail) => mail.subject)).toEqual(['You already have an account'])
	})

	it('refuses the most common passwords, whatever their case, in the shared form schema', () => {
		for (const password of ['password1234', 'Password1234', '123456789012', 'QwertyuiopAS', 'iloveyou1234']) {
			const submission = parseWithZod(form({ name: 'A', email: 'a@example.org', password }), { schema: signupSchema })
			expect(submission.status, password).toBe('error')
			expect(submission.status === 'error' && submission.error?.password).toEqual(['accountForm.passwordTooCommon'])
		}
		const short = parseWithZod(form({ name: 'A', email: 'a@example.org', password: 'short one' }), {
			schema: signupSchema,
		})
		expect(short.status === 'error' && short.error?.password).toEqual(['accountForm.passwordTooShort'])
		const fine = parseWithZod(form({ name: 'A', email: 'A@Example.org ', password: 'lagom långt lösenord' }), {
			schema: signupSchema,
		})
		expect(fine.status === 'success' && fine.value.email).toBe('a@example.org')
	})

	it('limits sign-ups per IP address', async () => {
		const ip = '203.0.113.99'
		const now = new Date('2026-11-24T10:00:00Z')
		for (let attempt = 1; attempt <= 10; attempt++) {
			const result = await signUp(
				{ name: `Person ${attempt}`, email: `limit-${attempt}@example.org`, password: 'ett långt lösenord här' },
				{ ...context, ip, now },
			)
			expect(result.kind, `attempt ${attempt}`).toBe('check-inbox')
		}
		const refused = await signUp(
			{ name: 'Eleventh', email: 'limit-11@example.org', password: 'ett långt lösenord här' },
			{ ...context, ip, now },
		)
		expect(refused).toMatchObject({ kind: 'rate-limited' })
		expect(refused.kind === 'rate-limited' && refused.retryAfterSeconds).toBeGreaterThan(0)
		expect(await prisma().user.count({ where: { email: 'limit-11@example.org' } })).toBe(0)
		// Another address is not affected.
		const elsewhere = await signUp(
			{ name: 'Elsewhere', email: 'elsewhere@example.org', password: 'ett långt lösenord här' },
			{ ...context, ip: '203.0.113.100', now },
		)
		expect(elsewhere.kind).toBe('check-inbox')
		// Eleven sign-ups, each hashing a password at full scrypt cost.
	}, 120_000)
})

describe('e-mail verification', () => {
	it('the link works once', async () => {
		await signUp({ name: 'Cecilia', email: 'cecilia@example.org', password: 'en promenad i hagen' }, freshContext())
		const token = await lastTokenSentTo('cecilia@example.org', '/verify-email?token=')
		expect(await inspectEmailLink(token)).toEqual({ kind: 'verify_email', newEmail: null })
		expect(await confirmEmailLink(token)).toEqual({ kind: 'verified' })
		const user = await prisma().user.findUniqueOrThrow({ where: { email: 'cecilia@example.org' } })
		expect(user.emailVerifiedAt).toBeInstanceOf(Date)
		expect(await confirmEmailLink(token)).toEqual({ kind: 'invalid-link' })
		expect(await inspectEmailLink(token)).toBeNull()
	})

	it('the link expires after 24 hours', async () => {
		const signedUpAt = new Date()
		await signUp(
			{ name: 'David', email: 'david@example.org', password: 'regnet slutar aldrig' },
			{ ...freshContext(), now: signedUpAt },
		)
		const token = await lastTokenSentTo('david@example.org', '/verify-email?token=')
		const dayLater = new Date(signedUpAt.getTime() + 24 * 3_600_000 + 1000)
		expect(await confirmEmailLink(token, { now: dayLater })).toEqual({ kind: 'invalid-link' })
		expect(
			(await prisma().user.findUniqueOrThrow({ where: { email: 'david@example.org' } })).emailVerifiedAt,
		).toBeNull()
	})

	it('an unknown or garbled link does nothing', async () => {
		expect(await confirmEmailLink('not-a-real-token')).toEqual({ kind: 'invalid-link' })
		expect(await confirmEmailLink('')).toEqual({ kind: 'invalid-link' })
	})
})
