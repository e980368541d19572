// Test data for the account tests: users with a known password (the demo
// hash, so no test pays for scrypt hashing), organisations, expert profiles,
// and the mail waiting in the outbox.
import { randomBytes } from 'node:crypto'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { startSession } from '../../app/domain/auth/session.server.ts'
import { SESSION_COOKIE } from '../../app/http/session-cookie.server.ts'
import { getViewer } from '../../app/http/viewer.server.ts'
import type { MembershipRole, PlatformRole } from '../../app/generated/prisma/enums.ts'
import type { Locale } from '../../app/i18n/locale.ts'
import { MAIL_TOPIC } from '../../app/mail/queue-mail.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { demoUsers } from '../../prisma/seed/demo-users.ts'

const demo = demoUsers[0]!
export const KNOWN_PASSWORD = demo.password
const KNOWN_HASH = demo.passwordHash

const unique = () => randomBytes(4).toString('hex')

export async function makeUser(
	options: { email?: string; name?: string; verified?: boolean; role?: PlatformRole; locale?: Locale } = {},
) {
	const suffix = unique()
	return prisma().user.create({
		data: {
			email: options.email ?? `user-${suffix}@example.org`,
			name: options.name ?? `Test Person ${suffix}`,
			passwordHash: KNOWN_HASH,
			emailVerifiedAt: options.verified === false ? null : new Date(),
			platformRole: options.role ?? 'user',
			preferredLocale: options.locale ?? 'en',
		},
	})
}

export async function makeOrganization(name = `Organisation ${unique()}`) {
	const suffix = unique()
	return prisma().listing.create({
		data: { type: 'organization', ref: `org-test-${suffix}`, slug: `org-${suffix}`, name, status: 'published' },
	})
}

export async function makeExpertProfile(ownerUserId: string, name = `Expert ${unique()}`) {
	const suffix = unique()
	return prisma().listing.create({
		data: {
			type: 'expert',
			ref: `exp-test-${suffix}`,
			slug: `expert-${suffix}`,
			name,
			status: 'published',
			ownerUserId,
			title: 'Senior scientist',
			expertise: ['viral vectors'],
		},
	})
}

export async function addMembership(userId: string, organizationId: string, role: MembershipRole = 'member') {
	return prisma().membership.create({ data: { userId, organizationId, role } })
}

/** The Cookie header of a fresh session of this user, as a browser over plain http sends it. */
export async function sessionCookie(userId: string): Promise<string> {
	const { token } = await startSession(userId)
	return `${SESSION_COOKIE}=${token}`
}

/** The Actor a signed-in user is, built by getViewer itself from a fresh session. */
export async function actorOf(userId: string): Promise<Actor> {
	const viewer = await getViewer(new Request('http://hub.test/', { headers: { Cookie: await sessionCookie(userId) } }))
	if (!viewer) throw new Error(`No such user: ${userId}`)
	return viewer
}

export interface QueuedMail {
	to: string
	subject: string
	text: string
}

/** Mail waiting in the outbox for this address, oldest first. */
export async function queuedMailTo(address: string): Promise<QueuedMail[]> {
	const rows = await prisma().outboxEvent.findMany({ where: { topic: MAIL_TOPIC }, orderBy: { id: 'asc' } })
	return rows.map((row) => row.payload as unknown as QueuedMail).filter((mail) => mail.to === address)
}

/** The one-time token in the last link of this kind sent to the address. */
export async function lastTokenSentTo(
	address: string,
	path: '/verify-email?token=' | '/reset-password?token=' | '/invitations/',
) {
	const mails = await queuedMailTo(address)
	const escaped = path.replace(/[?]/g, '\\?')
	for (const mail of mails.reverse()) {
		const match = mail.text.match(new RegExp(`${escaped}([A-Za-z0-9_-]+)`))
		if (match) return match[1]!
	}
	throw new Error(`No ${path} link was sent to ${address}`)
}
