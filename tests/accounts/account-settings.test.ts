import { describe, expect, it } from 'vitest'
import { changePassword } from '../../app/domain/accounts/change-password.server.ts'
import { eraseAccount } from '../../app/domain/accounts/erase-account.server.ts'
import { exportPersonalData } from '../../app/domain/accounts/export-personal-data.server.ts'
import { requestEmailChange } from '../../app/domain/accounts/request-email-change.server.ts'
import { updateProfile } from '../../app/domain/accounts/update-profile.server.ts'
import { confirmEmailLink, inspectEmailLink } from '../../app/domain/accounts/verify-email.server.ts'
import { recordAudit } from '../../app/domain/audit/record-audit.server.ts'
import { verifyPassword } from '../../app/domain/auth/password.server.ts'
import { resolveSession, startSession } from '../../app/domain/auth/session.server.ts'
import { queueMail } from '../../app/mail/queue-mail.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import {
	addMembership,
	KNOWN_PASSWORD,
	lastTokenSentTo,
	makeExpertProfile,
	makeOrganization,
	makeUser,
	queuedMailTo,
} from './factories.ts'

withTestDatabase()

const baseUrl = 'https://hub.example'

describe('profile and password', () => {
	it('saves the name and the preferred language', async () => {
		const user = await makeUser()
		await updateProfile(user.id, { name: 'Dagny Berg', preferredLocale: 'sv' })
		expect(await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
			name: 'Dagny Berg',
			preferredLocale: 'sv',
		})
	})

	it('a password change needs the current password and ends every other session', async () => {
		const user = await makeUser()
		const current = await startSession(user.id)
		const other = await startSession(user.id)
		expect(
			await changePassword(
				user.id,
				{ currentPassword: 'not it at all', newPassword: 'a fresh passphrase' },
				{ currentSessionToken: current.token },
			),
		).toEqual({ kind: 'wrong-password' })
		expect(await resolveSession(other.token)).not.toBeNull()

		expect(
			await changePassword(
				user.id,
				{ currentPassword: KNOWN_PASSWORD, newPassword: 'a fresh passphrase' },
				{ currentSessionToken: current.token },
			),
		).toEqual({ kind: 'changed' })
		expect(await resolveSession(current.token)).not.toBeNull()
		expect(await resolveSession(other.token)).toBeNull()
		const stored = (await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!
		expect(await verifyPassword('a fresh passphrase', stored)).toBe(true)
	})
})

describe('changing the e-mail address', () => {
	it('changes nothing until the link sent to the new address is opened', async () => {
		const user = await makeUser({ email: 'old@example.org' })
		const current = await startSession(user.id)
		const other = await startSession(user.id)
		expect(
			await requestEmailChange(user.id, { newEmail: 'new@example.org', currentPassword: KNOWN_PASSWORD }, { baseUrl }),
		).toEqual({ kind: 'confirmation-sent' })
		expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe('old@example.org')
		const [mail] = await queuedMailTo('new@example.org')
		expect(mail!.subject).toBe('Confirm your new e-mail address')

		const token = await lastTokenSentTo('new@example.org', '/verify-email?token=')
		expect(await confirmEmailLink(token, { currentSessionToken: current.token })).toEqual({ kind: 'email-changed' })
		expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe('new@example.org')
		expect(await resolveSession(current.token)).not.toBeNull()
		expect(await resolveSession(other.token)).toBeNull()
		expect(await confirmEmailLink(token)).toEqual({ kind: 'invalid-link' })
	})

	it('needs the password, and says the same (but sends nothing) for an address another account has', async () => {
		const user = await makeUser()
		const neighbour = await makeUser()
		expect(
			await requestEmailChange(
				user.id,
				{ newEmail: 'elsewhere@example.org', currentPassword: 'wrong one here' },
				{ baseUrl },
			),
		).toEqual({ kind: 'wrong-password' })
		expect(
			await requestEmailChange(user.id, { newEmail: neighbour.email, currentPassword: KNOWN_PASSWORD }, { baseUrl }),
		).toEqual({ kind: 'confirmation-sent' })
		expect(await queuedMailTo(neighbour.email)).toEqual([])
	})

	it('refuses the switch if someone took the address in the meantime', async () => {
		const user = await makeUser()
		await requestEmailChange(
			user.id,
			{ newEmail: 'contested@example.org', currentPassword: KNOWN_PASSWORD },
			{ baseUrl },
		)
		const token = await lastTokenSentTo('contested@example.org', '/verify-email?token=')
		await makeUser({ email: 'contested@example.org' })
		expect(await confirmEmailLink(token)).toEqual({ kind: 'email-taken' })
		expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email)
		// A refusal writes nothing: the link is not used up, and says the same again.
		expect(await inspectEmailLink(token)).toMatchObject({ kind: 'change_email' })
		expect(await confirmEmailLink(token)).toEqual({ kind: 'email-taken' })
	})
})

describe('personal data', () => {
	it('the export holds the profile, the memberships and the expert listings, and no secrets', async () => {
		const user = await makeUser({ name: 'Elin Export' })
		const organization = await makeOrganization('Exporting AB')
		await addMembership(user.id, organization.id, 'admin')
		const profile = await makeExpertProfile(user.id, 'Elin Export, PhD')
		await startSession(user.id, { userAgent: 'Test browser' })

		// What issue 14 keeps about a person: an enquiry to the establishment office, a follow and a registration.
		await prisma().establishmentEnquiry.create({
			data: {
				company: 'Exporting AB',
				need: 'A lab bench from March',
				contactName: 'Elin Export',
				contactEmail: user.email,
				status: 'open',
				senderUserId: user.id,
				messages: { create: { side: 'enquirer', authorId: user.id, body: 'Is the bench still free?' } },
			},
		})
		await prisma().contentFollow.create({ data: { userId: user.id, news: true, unsubscribeKey: 'secret-key-0001' } })
		const event = await prisma().hubEvent.create({
			data: {
				slug: 'export-breakfast',
				titleEn: 'Export breakfast',
				descriptionEn: 'x',
				startsAt: new Date('2027-03-01T08:00:00Z'),
				endsAt: new Date('2027-03-01T09:00:00Z'),
				organiser: 'The hub',
				status: 'published',
			},
		})
		await prisma().eventRegistrationEntry.create({ data: { eventId: event.id, userId: user.id, place: 'registered' } })

		const exported = await exportPersonalData(user.id)
		const json = JSON.parse(JSON.stringify(exported))
		expect(json.account.enquiriesSent).toEqual([
			expect.objectContaining({
				need: 'A lab bench from March',
				messages: [expect.objectContaining({ body: 'Is the bench still free?' })],
			}),
		])
		expect(json.account.contentFollow).toMatchObject({ news: true, events: false })
		expect(json.account.eventRegistrations).toEqual([
			expect.objectContaining({ place: 'registered', event: expect.objectContaining({ slug: 'export-breakfast' }) }),
		])
		expect(JSON.stringify(json)).not.toContain('secret-key-0001')
		expect(json.account).toMatchObject({ email: user.email, name: 'Elin Export', hasPassword: true })
		expect(json.account.memberships).toEqual([
			expect.objectContaining({ role: 'admin', organization: expect.objectContaining({ name: 'Exporting AB' }) }),
		])
		expect(json.account.expertProfiles).toEqual([
			expect.objectContaining({
				id: profile.id,
				name: 'Elin Export, PhD',
				title: 'Senior scientist',
				expertise: ['viral vectors'],
			}),
		])
		expect(json.account.sessions).toEqual([expect.objectContaining({ userAgent: 'Test browser' })])
		const text = JSON.stringify(json)
		expect(text).not.toContain('passwordHash')
		expect(text).not.toContain('tokenHash')
		expect(text).not.toContain(user.passwordHash)
	})

	it('erasure removes the user, their profile, memberships and pending mail, and leaves no name or address in the audit log', async () => {
		const user = await makeUser({ name: 'Frida Forgotten', email: 'frida@example.org' })
		const bystander = await makeUser()
		const organization = await makeOrganization()
		await addMembership(user.id, organization.id, 'admin')
		await addMembership(bystander.id, organization.id, 'admin')
		const profile = await makeExpertProfile(user.id, 'Frida Forgotten')
		await startSession(user.id)
		await prisma().organizationClaim.create({
			data: { organizationId: organization.id, userId: user.id, message: 'mine' },
		})
		await prisma().$transaction(async (tx) => {
			await queueMail(tx, 'resetPassword', { to: 'frida@example.org', locale: 'en', baseUrl, token: 't' })
			// What careless writers might have left behind.
			await recordAudit(tx, {
				actorId: user.id,
				action: 'user.profileUpdated',
				entityType: 'user',
				entityId: user.id,
				changes: { name: 'Frida Forgotten', email: 'frida@example.org', fields: ['name'] },
			})
			await recordAudit(tx, {
				actorId: bystander.id,
				action: 'membership.invited',
				entityType: 'invitation',
				entityId: 'x',
				changes: { note: 'invited frida@example.org as admin', role: 'admin' },
			})
		})
		const wrong = await eraseAccount(user.id, { password: 'not the password', confirm: true })
		expect(wrong).toEqual({ kind: 'wrong-password' })
		expect(await prisma().user.count({ where: { id: user.id } })).toBe(1)

		expect(await eraseAccount(user.id, { password: KNOWN_PASSWORD, confirm: true })).toEqual({ kind: 'erased' })
		expect(await prisma().user.count({ where: { id: user.id } })).toBe(0)
		expect(await prisma().listing.count({ where: { id: profile.id } })).toBe(0)
		expect(await prisma().membership.count({ where: { userId: user.id } })).toBe(0)
		expect(await prisma().session.count({ where: { userId: user.id } })).toBe(0)
		expect(await prisma().organizationClaim.count({ where: { userId: user.id } })).toBe(0)
		expect(await queuedMailTo('frida@example.org')).toEqual([])
		// The search index hears that the profile is gone.
		expect(await prisma().outboxEvent.count({ where: { topic: 'listing.changed', aggregateId: profile.id } })).toBe(1)
		// Others are untouched.
		expect(await prisma().membership.count({ where: { userId: bystander.id } })).toBe(1)

		const audit = await prisma().auditEntry.findMany()
		const everything = JSON.stringify(audit.map((entry) => ({ ...entry, id: String(entry.id) })))
		expect(everything).not.toMatch(/frida@example\.org/i)
		expect(everything).not.toMatch(/Frida Forgotten/i)
		const erased = audit.find((entry) => entry.action === 'user.erased')
		expect(erased).toMatchObject({ actorId: user.id, entityType: 'user', entityId: user.id })
		expect(audit.find((entry) => entry.action === 'membership.invited')?.changes).toEqual({
			note: '[erased]',
			role: 'admin',
		})
	})
})
