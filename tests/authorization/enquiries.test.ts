// Establishment enquiries, called as Remix calls them, for every role: the
// office (and platform admins) work the queue and every enquiry; the member
// who sent one follows and replies to it; the provider it was handed over to
// reads it; coordinators without the office duty and other members see
// nothing (the same 404 as no enquiry); visitors are sent to sign in, except
// on the form and on the page their mailed link opens. Refused posts write
// nothing.
import { beforeAll, expect } from 'vitest'
import { submitEnquiry } from '../../app/domain/establishment/enquiries/submit-enquiry.server.ts'
import { handOverEnquiry } from '../../app/domain/establishment/enquiries/hand-over-enquiry.server.ts'
import * as enquirePage from '../../app/routes/establish.enquire.tsx'
import * as queuePage from '../../app/routes/establish.enquiries._index.tsx'
import * as threadPage from '../../app/routes/establish.enquiries.$enquiryId.tsx'
import * as linkPage from '../../app/routes/establish.enquiries.link.$token.tsx'
import { prisma } from '../../app/utils/db.server.ts'
import { actorOf, queuedMailTo } from '../accounts/factories.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import {
	allowedOnly,
	call,
	type MatrixCase,
	type Outcome,
	requestAs,
	roles,
	sessionCookies,
	sessionsForRoles,
	walkMatrix,
} from './route-calls.ts'

withTestDatabase()

// memberOfA sends the enquiry signed in; it is handed over to organisation B, so memberOfB is its provider.
const matrixRoles = [...roles, 'office'] as const
type MatrixRole = (typeof matrixRoles)[number]

let cookies: Map<MatrixRole, string | undefined>
const userIds = new Map<MatrixRole, string>()
let enquiryId: string
let linkToken: string

const enquiryForm = (company: string) => ({
	company,
	need: 'Lab space for a team of six.',
	contactName: 'Kim Enquirer',
	contactEmail: 'kim@example.org',
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

	const context = { ip: '10.1.1.1', locale: 'en' as const, baseUrl: 'http://hub.test' }
	const sent = await submitEnquiry(enquiryForm('Sender AB'), {
		...context,
		actor: await actorOf(users.memberOfA.userId),
	})
	enquiryId = (sent as { enquiryId: string }).enquiryId
	const office = await actorOf(officeUser.userId)
	await handOverEnquiry({ actor: office, enquiryId, listingId: b.id, baseUrl: context.baseUrl })
	await submitEnquiry(
		{ ...enquiryForm('Visitor AB'), contactEmail: 'visitor@example.org' },
		{ ...context, actor: null },
	)
	const mail = (await queuedMailTo('visitor@example.org')).at(-1)!
	linkToken = mail.text.match(/\/establish\/enquiries\/link\/([A-Za-z0-9_-]+)/)![1]!
})

const everyone = allowedOnly(matrixRoles, [...matrixRoles])
const office = allowedOnly(matrixRoles, ['platformAdmin', 'office'])
const threadPath = () => `/establish/enquiries/${enquiryId}`
const post = (role: MatrixRole, form: Record<string, string>) =>
	call(threadPage.action, requestAs(cookies.get(role), threadPath(), form), { enquiryId })

/** A signed-in person refused a step is told 403 (not theirs) or 404 (not theirs to know of); visitors sign in. */
function refused(role: MatrixRole, outcome: Outcome) {
	if (role === 'visitor') {
		expect(outcome.status).toBe(302)
		expect(outcome.location).toMatch(/^\/login\?redirectTo=/)
	} else expect([403, 404]).toContain(outcome.status)
}

/** Nothing the refused role did reached the enquiry's thread or its audit trail. */
async function nothingBy(role: MatrixRole) {
	const userId = userIds.get(role) ?? null
	expect(await prisma().establishmentEnquiryMessage.count({ where: { enquiryId, authorId: userId } })).toBe(0)
	expect(
		await prisma().auditEntry.count({
			where: { entityId: enquiryId, actorId: userId, action: { not: 'enquiry.submitted' } },
		}),
	).toBe(0)
}

walkMatrix(
	[
		{
			name: 'the enquiry form',
			expected: everyone,
			run: (role) => call(enquirePage.loader, requestAs(cookies.get(role), '/establish/enquire')),
			isAllowed: (outcome) => outcome.status === 200,
		},
		{
			name: 'sending an enquiry',
			expected: everyone,
			run: (role) =>
				call(enquirePage.action, requestAs(cookies.get(role), '/establish/enquire', enquiryForm(`Sent by ${role}`))),
			// A visitor is asked to confirm from the mail; a signed-in member goes to the enquiry's page.
			isAllowed: (outcome) =>
				(outcome.status === 200 && Boolean((outcome.body as { sentTo?: string }).sentTo)) ||
				(outcome.status === 302 && /^\/establish\/enquiries\/[0-9a-f-]{36}\?done=sent$/.test(outcome.location ?? '')),
		},
		{
			name: 'the page a mailed link opens',
			expected: everyone,
			run: (role) =>
				call(linkPage.loader, requestAs(cookies.get(role), `/establish/enquiries/link/${linkToken}`), {
					token: linkToken,
				}),
			isAllowed: (outcome) => outcome.status === 200,
		},
	],
	{ roles: matrixRoles },
)

walkMatrix(
	[
		{
			name: 'the office’s queue (others see only what they sent)',
			expected: office,
			run: (role) => call(queuePage.loader, requestAs(cookies.get(role), '/establish/enquiries?status=open')),
			isAllowed: (outcome) => outcome.status === 200 && (outcome.body as { office: boolean }).office,
		},
	],
	{
		roles: matrixRoles,
		expectDenied: (role, outcome) => {
			if (role === 'visitor') return refused(role, outcome)
			expect(outcome.status).toBe(200)
			const mine = (outcome.body as { enquiries: Array<{ company: string }> }).enquiries
			expect(mine.map((enquiry) => enquiry.company)).not.toContain('Visitor AB')
			if (role !== 'memberOfA') expect(mine.map((enquiry) => enquiry.company)).not.toContain('Sender AB')
		},
	},
)

const cases: Array<MatrixCase<MatrixRole>> = [
	{
		name: 'an enquiry’s page',
		expected: allowedOnly(matrixRoles, ['platformAdmin', 'office', 'memberOfA', 'memberOfB']),
		run: (role) => call(threadPage.loader, requestAs(cookies.get(role), threadPath()), { enquiryId }),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: 'answering',
		expected: office,
		run: (role) => post(role, { intent: 'answer', body: `Answer from ${role}` }),
		isAllowed: (outcome) => outcome.status === 302 && outcome.location === `${threadPath()}?done=answered`,
		nothingWritten: nothingBy,
	},
	{
		name: 'replying as the enquirer',
		expected: allowedOnly(matrixRoles, ['memberOfA']),
		run: (role) => post(role, { intent: 'reply', body: `Reply from ${role}` }),
		isAllowed: (outcome) => outcome.status === 302 && outcome.location === `${threadPath()}?done=replied`,
		nothingWritten: async (role) => {
			const userId = userIds.get(role) ?? null
			expect(
				await prisma().establishmentEnquiryMessage.count({ where: { body: `Reply from ${role}`, authorId: userId } }),
			).toBe(0)
		},
	},
	{
		name: 'handing over',
		expected: office,
		run: async (role) => {
			const listing = await prisma().listing.findFirstOrThrow({ where: { name: 'Beta Vectors AB' } })
			return post(role, { intent: 'handOver', listingId: listing.id })
		},
		isAllowed: (outcome) => outcome.status === 302 && outcome.location === `${threadPath()}?done=handedOver`,
		nothingWritten: async (role) => {
			const userId = userIds.get(role) ?? null
			expect(await prisma().auditEntry.count({ where: { action: 'enquiry.handedOver', actorId: userId } })).toBe(0)
		},
	},
	{
		name: 'making a match request of the sender’s organisation',
		expected: office,
		run: (role) => post(role, { intent: 'request' }),
		// The second office worker to try finds it made already (409): allowed, and refused by the rules.
		isAllowed: (outcome) =>
			(outcome.status === 302 && outcome.location === `${threadPath()}?done=requestMade`) || outcome.status === 409,
		nothingWritten: async (role) => {
			const userId = userIds.get(role) ?? null
			expect(await prisma().auditEntry.count({ where: { action: 'enquiry.requestMade', actorId: userId } })).toBe(0)
		},
	},
	{
		name: 'closing (asks to confirm first)',
		expected: office,
		run: (role) => post(role, { intent: 'close', outcome: 'established' }),
		isAllowed: (outcome) =>
			outcome.status === 200 && Array.isArray((outcome.body as { confirming?: unknown }).confirming),
		nothingWritten: async () => {
			expect((await prisma().establishmentEnquiry.findUniqueOrThrow({ where: { id: enquiryId } })).status).not.toBe(
				'closed',
			)
		},
	},
	{
		name: 'withdrawing as the enquirer (asks to confirm first)',
		expected: allowedOnly(matrixRoles, ['memberOfA']),
		run: (role) => post(role, { intent: 'withdraw' }),
		isAllowed: (outcome) =>
			outcome.status === 200 && Array.isArray((outcome.body as { confirming?: unknown }).confirming),
		nothingWritten: async () => {
			expect((await prisma().establishmentEnquiry.findUniqueOrThrow({ where: { id: enquiryId } })).status).not.toBe(
				'closed',
			)
		},
	},
]

walkMatrix(cases, { roles: matrixRoles, expectDenied: refused })

walkMatrix(
	[
		{
			name: 'a made-up link opens nothing, whoever follows it',
			expected: allowedOnly(matrixRoles, []),
			run: (role) =>
				call(linkPage.loader, requestAs(cookies.get(role), '/establish/enquiries/link/AAAAAAAAAAAAAAAAAAAAAA'), {
					token: 'AAAAAAAAAAAAAAAAAAAAAA',
				}),
			isAllowed: (outcome) => outcome.status === 200,
		},
	],
	{ roles: matrixRoles, expectDenied: (_role, outcome) => expect(outcome.status).toBe(404) },
)
