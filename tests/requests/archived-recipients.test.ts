import { describe, expect, it } from 'vitest'
import { organizationMembers, providerResponders } from '../../app/domain/requests/notify.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { addMembership, makeOrganization, makeUser } from '../accounts/factories.ts'

// An archived organisation speaks for no one: its former members are neither
// asked to answer routes nor told about its requests, by mail or in the portal.

withTestDatabase()

describe('who hears about an organisation’s requests and routes', () => {
	it('its members while it is active, nobody once it is archived', async () => {
		const organization = await makeOrganization()
		const member = await makeUser()
		await addMembership(member.id, organization.id)
		const provider = { organizationId: organization.id, ownerUserId: null }
		expect((await organizationMembers(prisma(), organization.id)).map((user) => user.id)).toEqual([member.id])
		expect((await providerResponders(prisma(), provider)).map((user) => user.id)).toEqual([member.id])

		await prisma().listing.update({ where: { id: organization.id }, data: { status: 'archived' } })
		expect(await organizationMembers(prisma(), organization.id)).toEqual([])
		expect(await providerResponders(prisma(), provider)).toEqual([])
	})
})
