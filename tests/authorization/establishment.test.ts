// The establishment pages, called as Remix calls them: everyone reads the
// published offers; coordinators, the establishment office and platform
// admins curate them; members of organisations do not, and a refused post
// writes nothing.
import { beforeAll, expect } from 'vitest'
import * as offerPage from '../../app/routes/establish.$slug.tsx'
import * as publicList from '../../app/routes/establish._index.tsx'
import * as editPage from '../../app/routes/establish.manage.$offerId.tsx'
import * as manageList from '../../app/routes/establish.manage._index.tsx'
import * as newPage from '../../app/routes/establish.manage.new.tsx'
import { prisma } from '../../app/utils/db.server.ts'
import { createUser, createListing } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import {
	allowedOnly,
	call,
	type MatrixCase,
	requestAs,
	roles,
	sessionCookies,
	sessionsForRoles,
	walkMatrix,
} from './route-calls.ts'

withTestDatabase()

const matrixRoles = [...roles, 'office'] as const
type MatrixRole = (typeof matrixRoles)[number]

let cookies: Map<MatrixRole, string | undefined>
const userIds = new Map<MatrixRole, string>()
let offer: { id: string; slug: string }
let draft: { id: string; slug: string }
let editTarget: { id: string }

const offerForm = (title: string) => ({
	kind: 'lab',
	titleEn: title,
	contactName: 'Eva Establish',
	contactEmail: 'eva@example.org',
	status: 'available',
	published: 'on',
})

beforeAll(async () => {
	const a = await createListing({ type: 'organization', name: 'Alpha Cell Therapy AB' })
	const b = await createListing({ type: 'organization', name: 'Beta Vectors AB' })
	const { cookies: roleCookies, users } = await sessionsForRoles({ a: a.id, b: b.id })
	for (const [role, user] of Object.entries(users)) userIds.set(role as MatrixRole, user.userId)
	const officeUser = await createUser({})
	await prisma().user.update({ where: { id: officeUser.userId }, data: { establishmentOffice: true } })
	userIds.set('office', officeUser.userId)
	const officeCookie = (await sessionCookies<'office'>({ office: officeUser })).get('office')
	cookies = new Map<MatrixRole, string | undefined>([...roleCookies, ['office', officeCookie]])
	const data = { kind: 'lab' as const, contactName: 'Eva', contactEmail: 'eva@example.org' }
	offer = await prisma().establishmentOffer.create({
		data: { ...data, slug: 'lab-suite', titleEn: 'Lab suite', published: true },
	})
	draft = await prisma().establishmentOffer.create({
		data: { ...data, slug: 'draft-suite', titleEn: 'Draft suite', published: false },
	})
	// Saved by every curator in turn, so the draft above stays a draft.
	editTarget = await prisma().establishmentOffer.create({
		data: { ...data, slug: 'edit-target', titleEn: 'Edit target', published: false },
	})
})

const everyone = allowedOnly(matrixRoles, [...matrixRoles])
const curators = allowedOnly(matrixRoles, ['coordinator', 'platformAdmin', 'office'])
const offersTitled = (title: string) => prisma().establishmentOffer.count({ where: { titleEn: title } })
/** A refused role left no audited change to any offer. */
async function noOfferChangeBy(role: MatrixRole) {
	const actorId = userIds.get(role) ?? null
	expect(await prisma().auditEntry.count({ where: { actorId, entityType: 'establishmentOffer' } })).toBe(0)
}

const cases: Array<MatrixCase<MatrixRole>> = [
	{
		name: 'the public list of offers',
		expected: everyone,
		run: (role) => call(publicList.loader, requestAs(cookies.get(role), '/establish')),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: 'a published offer’s page',
		expected: everyone,
		run: (role) =>
			call(offerPage.loader, requestAs(cookies.get(role), `/establish/${offer.slug}`), { slug: offer.slug }),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: 'the curators’ list',
		expected: curators,
		run: (role) => call(manageList.loader, requestAs(cookies.get(role), '/establish/manage')),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: 'editing a draft',
		expected: curators,
		run: (role) =>
			call(editPage.loader, requestAs(cookies.get(role), `/establish/manage/${draft.id}`), { offerId: draft.id }),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: 'creating an offer',
		expected: curators,
		run: (role) =>
			call(newPage.action, requestAs(cookies.get(role), '/establish/manage/new', offerForm(`New by ${role}`))),
		isAllowed: (outcome) => outcome.status === 302 && outcome.location === '/establish/manage?done=created',
		nothingWritten: async (role) => {
			expect(await offersTitled(`New by ${role}`)).toBe(0)
			await noOfferChangeBy(role)
		},
	},
	{
		name: 'saving an edit',
		expected: curators,
		run: (role) =>
			call(
				editPage.action,
				requestAs(cookies.get(role), `/establish/manage/${editTarget.id}`, offerForm(`Edited by ${role}`)),
				{ offerId: editTarget.id },
			),
		isAllowed: (outcome) => outcome.status === 302 && outcome.location === '/establish/manage?done=saved',
		nothingWritten: async (role) => {
			expect(await offersTitled(`Edited by ${role}`)).toBe(0)
			await noOfferChangeBy(role)
		},
	},
	{
		name: 'changing an offer’s status',
		expected: curators,
		run: (role) =>
			call(
				manageList.action,
				requestAs(cookies.get(role), '/establish/manage', { offerId: offer.id, status: 'reserved' }),
			),
		isAllowed: (outcome) => outcome.status === 200,
		nothingWritten: noOfferChangeBy,
	},
]

walkMatrix(cases, { roles: matrixRoles })

walkMatrix(
	[
		{
			name: 'a draft’s public page is not found, whoever asks',
			expected: allowedOnly(matrixRoles, []),
			run: (role) =>
				call(offerPage.loader, requestAs(cookies.get(role), `/establish/${draft.slug}`), { slug: draft.slug }),
			isAllowed: (outcome) => outcome.status === 200,
		},
	],
	{ roles: matrixRoles, expectDenied: (_role, outcome) => expect(outcome.status).toBe(404) },
)
