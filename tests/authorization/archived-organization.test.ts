// Members of an archived organisation used to keep every member right. The
// matrix below walks the same pages and actions for the members of an
// archived organisation and, as the control, of an active one set up the
// same way: the archived side is refused everything its membership gave.
import { beforeAll, describe, expect, it } from 'vitest'
import { routeRequest } from '../../app/domain/requests/route-request.server.ts'
import { saveRequest } from '../../app/domain/requests/save-request.server.ts'
import * as organizationPage from '../../app/routes/organizations.$slug.tsx'
import * as membersPage from '../../app/routes/organizations.$slug_.members.tsx'
import * as editListingPage from '../../app/routes/_member.my-listings.$id.edit.tsx'
import * as myListingsPage from '../../app/routes/_member.my-listings._index.tsx'
import * as routePage from '../../app/routes/_member.inbox.$routeId.tsx'
import * as openCallsPage from '../../app/routes/open-calls.tsx'
import * as requestPage from '../../app/routes/_member.requests.$requestId.tsx'
import * as newRequestPage from '../../app/routes/_member.requests.new.tsx'
import { prisma } from '../../app/utils/db.server.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { call, requestAs, sessionCookies, type Outcome } from './route-calls.ts'

const roles = ['memberOfArchived', 'adminOfArchived', 'memberOfActive', 'adminOfActive'] as const
type Role = (typeof roles)[number]
type Side = 'archived' | 'active'
const sideOf = (role: Role): Side => (role.endsWith('Archived') ? 'archived' : 'active')

interface OrganizationSetup {
	id: string
	slug: string
	labId: string
	requestId: string
	routeId: string
}

withTestDatabase()
const cookies = new Map<Role, string | undefined>()
const sides = {} as Record<Side, OrganizationSetup>
let neighbour: { slug: string }
const baseUrl = 'https://hub.test'

async function organizationWithEverything(name: string) {
	const organization = await createListing({
		type: 'organization',
		name,
		services: ['gmp-manufacturing'],
		modalities: ['car-t'],
	})
	const lab = await createListing({ type: 'lab', name: `${name} Lab`, organizationId: organization.id })
	const member = await createUser({ memberships: [{ organizationId: organization.id, role: 'member' }] })
	const admin = await createUser({ memberships: [{ organizationId: organization.id, role: 'admin' }] })
	const fields = {
		organizationId: organization.id,
		title: `${name} needs a vector supplier`,
		teaser: 'A company needs lentiviral vector supply.',
		description: `Confidential: ${name} needs 2e9 TU by March.`,
		services: ['gmp-manufacturing'],
		modalities: ['car-t'],
		requiredGrades: [],
		requiredLicences: [],
		confidentiality: 'open_call' as const,
	}
	const { requestId } = await saveRequest({ actor: member, fields, intent: 'submit', contentLocale: 'en', baseUrl })
	return { organization, lab, member, admin, requestId }
}

beforeAll(async () => {
	const coordinator = await createUser({ platformRole: 'coordinator' })
	const asker = await createListing({ type: 'organization', name: 'Asker AB' })
	const askerMember = await createUser({ memberships: [{ organizationId: asker.id }] })
	neighbour = await createListing({ type: 'organization', name: 'Neighbour AB', email: 'bd@neighbour.example' })
	const archived = await organizationWithEverything('Archived Cells AB')
	const active = await organizationWithEverything('Active Cells AB')
	// A request of someone else routed to each organisation as a provider.
	const { requestId: askerRequest } = await saveRequest({
		actor: askerMember,
		fields: {
			organizationId: asker.id,
			title: 'CAR-T manufacturing partner',
			teaser: 'A company needs CAR-T manufacturing capacity.',
			description: 'Confidential: grade B capacity for construct XY-17.',
			services: ['gmp-manufacturing'],
			modalities: ['car-t'],
			requiredGrades: [],
			requiredLicences: [],
			confidentiality: 'hub_only' as const,
		},
		intent: 'submit',
		contentLocale: 'en',
		baseUrl,
	})
	const { routeIds } = await routeRequest({
		actor: { ...coordinator, memberships: [] },
		requestId: askerRequest,
		listingIds: [archived.organization.id, active.organization.id],
		baseUrl,
	})
	sides.archived = {
		id: archived.organization.id,
		slug: archived.organization.slug,
		labId: archived.lab.id,
		requestId: archived.requestId,
		routeId: routeIds[0]!,
	}
	sides.active = {
		id: active.organization.id,
		slug: active.organization.slug,
		labId: active.lab.id,
		requestId: active.requestId,
		routeId: routeIds[1]!,
	}
	const users: Record<Role, { userId: string }> = {
		memberOfArchived: archived.member,
		adminOfArchived: archived.admin,
		memberOfActive: active.member,
		adminOfActive: active.admin,
	}
	for (const [role, cookie] of await sessionCookies<Role>(users)) if (role !== 'visitor') cookies.set(role, cookie)
	await prisma().listing.update({ where: { id: archived.organization.id }, data: { status: 'archived' } })
})

const request = (role: Role, path: string, form?: Record<string, string | string[]>) =>
	requestAs(cookies.get(role), path, form)
const bodyText = (outcome: Outcome) => JSON.stringify(outcome.body ?? null)
const isRefusal = (outcome: Outcome) => outcome.status === 403 || outcome.status === 404

interface Case {
	name: string
	/** Who may on the active side; nobody may on the archived side. */
	activeRoles: ReadonlyArray<Role>
	run(role: Role, organization: OrganizationSetup): Promise<Outcome>
	isAllowed(outcome: Outcome): boolean
	nothingWritten?(organization: OrganizationSetup): Promise<void>
}

const cases: Case[] = [
	{
		name: 'see member-only fields of another organisation',
		activeRoles: ['memberOfActive', 'adminOfActive'],
		run: (role) => call(organizationPage.loader, request(role, `/organizations/${neighbour.slug}`), neighbour),
		isAllowed: (outcome) => outcome.status === 200 && bodyText(outcome).includes('bd@neighbour.example'),
	},
	{
		name: 'see the open-call board',
		activeRoles: ['memberOfActive', 'adminOfActive'],
		run: (role) => call(openCallsPage.loader, request(role, '/open-calls')),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: 'open the new request form',
		activeRoles: ['memberOfActive', 'adminOfActive'],
		run: (role) => call(newRequestPage.loader, request(role, '/requests/new')),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: 'post a request for the organisation',
		activeRoles: ['memberOfActive', 'adminOfActive'],
		run: (role, organization) =>
			call(
				newRequestPage.action,
				request(role, '/requests/new', {
					intent: 'save',
					organizationId: organization.id,
					title: `Posted by ${role}`,
					teaser: 'Teaser',
					description: 'Description',
					confidentiality: 'hub_only',
				}),
			),
		isAllowed: (outcome) => outcome.status === 302,
		nothingWritten: async (organization) => {
			expect(await prisma().matchRequest.count({ where: { organizationId: organization.id } })).toBe(1)
		},
	},
	{
		name: "read the organisation's own request",
		activeRoles: ['memberOfActive', 'adminOfActive'],
		run: (role, organization) =>
			call(requestPage.loader, request(role, `/requests/${organization.requestId}`), {
				requestId: organization.requestId,
			}),
		isAllowed: (outcome) => outcome.status === 200 && bodyText(outcome).includes('2e9 TU'),
	},
	{
		name: 'read a request routed to the organisation',
		activeRoles: ['memberOfActive', 'adminOfActive'],
		run: (role, organization) =>
			call(routePage.loader, request(role, `/inbox/${organization.routeId}`), { routeId: organization.routeId }),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: 'answer a route to the organisation',
		activeRoles: ['memberOfActive'],
		run: (role, organization) =>
			call(
				routePage.action,
				request(role, `/inbox/${organization.routeId}`, {
					intent: 'respond',
					kind: 'declined',
					declineReason: 'no-capacity',
				}),
				{ routeId: organization.routeId },
			),
		isAllowed: (outcome) => outcome.status === 302,
		nothingWritten: async (organization) => {
			expect(await prisma().matchResponse.count({ where: { routeId: organization.routeId } })).toBe(0)
		},
	},
	{
		name: "open the organisation's listing for editing",
		activeRoles: ['memberOfActive', 'adminOfActive'],
		run: (role, organization) =>
			call(editListingPage.loader, request(role, `/my-listings/${organization.labId}/edit`), {
				id: organization.labId,
			}),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: "submit an edit of the organisation's listing",
		activeRoles: ['memberOfActive', 'adminOfActive'],
		run: (role, organization) =>
			call(
				editListingPage.action,
				request(role, `/my-listings/${organization.labId}/edit`, { name: `Renamed by ${role}` }),
				{ id: organization.labId },
			),
		isAllowed: (outcome) => outcome.status === 302,
		nothingWritten: async (organization) => {
			expect(await prisma().listingRevision.count({ where: { listingId: organization.labId } })).toBe(0)
		},
	},
	{
		name: "see the organisation's listings among one's own",
		activeRoles: ['memberOfActive', 'adminOfActive'],
		run: (role) => call(myListingsPage.loader, request(role, '/my-listings')),
		isAllowed: (outcome) => outcome.status === 200 && /Cells AB Lab/.test(bodyText(outcome)),
	},
	{
		name: "manage the organisation's members",
		activeRoles: ['adminOfActive'],
		run: (role, organization) =>
			call(membersPage.loader, request(role, `/organizations/${organization.slug}/members`), {
				slug: organization.slug,
			}),
		isAllowed: (outcome) => outcome.status === 200,
	},
]

describe.each(cases)('$name', (matrixCase) => {
	it.each(roles)('%s', async (role) => {
		const side = sideOf(role)
		const outcome = await matrixCase.run(role, sides[side])
		const expected = side === 'active' && matrixCase.activeRoles.includes(role)
		expect({ role, allowed: matrixCase.isAllowed(outcome) }).toEqual({ role, allowed: expected })
		if (side === 'archived') {
			// Refused outright, or (a list, a directory page) shown as to someone who belongs nowhere.
			if (outcome.status !== 200) expect(isRefusal(outcome), `status ${outcome.status}`).toBe(true)
			await matrixCase.nothingWritten?.(sides.archived)
		}
	})
})

describe('an archived organisation restored', () => {
	it('gives its members their rights back', async () => {
		await prisma().listing.update({ where: { id: sides.archived.id }, data: { status: 'published' } })
		try {
			const outcome = await call(
				requestPage.loader,
				request('memberOfArchived', `/requests/${sides.archived.requestId}`),
				{ requestId: sides.archived.requestId },
			)
			expect(outcome.status).toBe(200)
		} finally {
			await prisma().listing.update({ where: { id: sides.archived.id }, data: { status: 'archived' } })
		}
	})
})
