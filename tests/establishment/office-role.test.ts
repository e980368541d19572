import { describe, expect, it } from 'vitest'
import { setEstablishmentOffice } from '../../app/domain/accounts/set-establishment-office.server.ts'
import { mayActForEstablishmentOffice, mayCurateOffers } from '../../app/domain/auth/establishment-office.ts'
import { can } from '../../app/domain/auth/permissions.ts'
import { startSession } from '../../app/domain/auth/session.server.ts'
import { viewerOfSession } from '../../app/domain/auth/viewer-of-session.server.ts'
import { RuleError } from '../../app/domain/rules.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { makeUser } from '../accounts/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()

describe('the establishment office duty', () => {
	it('is given and ended by the operator command, audited each time, beside the platform role', async () => {
		const coordinator = await makeUser({ email: 'clara@example.org', role: 'coordinator' })
		expect(await setEstablishmentOffice({ email: 'CLARA@example.org', office: true })).toEqual({
			email: 'clara@example.org',
			office: true,
			changed: true,
		})
		const stored = await prisma().user.findUniqueOrThrow({ where: { id: coordinator.id } })
		expect(stored).toMatchObject({ establishmentOffice: true, platformRole: 'coordinator' })
		// Giving it twice changes nothing and leaves no second entry.
		expect((await setEstablishmentOffice({ email: 'clara@example.org', office: true })).changed).toBe(false)
		await setEstablishmentOffice({ email: 'clara@example.org', office: false })
		const entries = await prisma().auditEntry.findMany({
			where: { entityId: coordinator.id },
			orderBy: { createdAt: 'asc' },
		})
		expect(entries.map((entry) => entry.action)).toEqual([
			'user.establishmentOfficeGranted',
			'user.establishmentOfficeRevoked',
		])
		expect((await prisma().user.findUniqueOrThrow({ where: { id: coordinator.id } })).establishmentOffice).toBe(false)
	})

	it('refuses an unknown address in words, and changes nothing', async () => {
		const refusal = setEstablishmentOffice({ email: 'ghost@example.org', office: true })
		await expect(refusal).rejects.toBeInstanceOf(RuleError)
		await expect(refusal).rejects.toThrow('No user has the e-mail address ghost@example.org.')
		const before = await prisma().auditEntry.count()
		await expect(setEstablishmentOffice({ email: 'not an address', office: true })).rejects.toBeInstanceOf(RuleError)
		expect(await prisma().auditEntry.count()).toBe(before)
	})

	it('reaches the viewer on the next request, so the pages see it', async () => {
		const user = await makeUser({ email: 'office@example.org' })
		const session = await startSession(user.id)
		expect((await viewerOfSession(session.token))?.establishmentOffice).toBeFalsy()
		await setEstablishmentOffice({ email: 'office@example.org', office: true })
		const viewer = await viewerOfSession(session.token)
		expect(viewer?.establishmentOffice).toBe(true)
		expect(can(viewer, 'establishment.workEnquiries')).toBe(true)
	})
})

describe('who may act for the office', () => {
	const person = (platformRole: 'user' | 'coordinator' | 'platform_admin', office = false, emailVerified = true) => ({
		platformRole,
		establishmentOffice: office,
		emailVerified,
	})
	it.each([
		['a visitor', null, false, false],
		['a member', person('user'), false, false],
		['a coordinator', person('coordinator'), false, true],
		['the office', person('user', true), true, true],
		['a coordinator who is also the office', person('coordinator', true), true, true],
		['a platform admin', person('platform_admin'), true, true],
		['the office with an unconfirmed address', person('user', true, false), false, false],
	] as const)('%s: works enquiries %s, curates offers %s', (_who, viewer, enquiries, offers) => {
		expect(mayActForEstablishmentOffice(viewer)).toBe(enquiries)
		expect(mayCurateOffers(viewer)).toBe(offers)
	})
})
