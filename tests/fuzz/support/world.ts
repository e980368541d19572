// The database the fuzzer works on: the demo directory and demo accounts
// (prisma/seed), and through the portal's own use cases everything the forms
// act on: requests in every state with routes, answers and threads, pending
// revisions, claims, invitations, one-time links and notifications. Several of
// each, so that the fuzzer's own successes (a request closed, a claim decided)
// do not use up the states the other cases need.
import { randomUUID } from 'node:crypto'
import { claimOrganization } from '../../../app/domain/accounts/claim-organization.server.ts'
import { inviteMember } from '../../../app/domain/accounts/invite-member.server.ts'
import type { Actor } from '../../../app/domain/auth/permissions.ts'
import { hashToken, startSession } from '../../../app/domain/auth/session.server.ts'
import { SESSION_COOKIE } from '../../../app/http/session-cookie.server.ts'
import { typedRecordsOf } from '../../../app/domain/listings/interchange.ts'
import { submitListingRevision } from '../../../app/domain/listings/submit-listing-revision.server.ts'
import { acceptTerms } from '../../../app/domain/requests/accept-terms.server.ts'
import { closeRequest } from '../../../app/domain/requests/close-request.server.ts'
import { expressInterest } from '../../../app/domain/requests/express-interest.server.ts'
import { introduceProvider } from '../../../app/domain/requests/introduce-provider.server.ts'
import { postMessage } from '../../../app/domain/requests/post-message.server.ts'
import type { RequestFields } from '../../../app/domain/requests/request-form-schema.ts'
import { respondToRoute } from '../../../app/domain/requests/respond-to-route.server.ts'
import { routeRequest } from '../../../app/domain/requests/route-request.server.ts'
import { saveRequest } from '../../../app/domain/requests/save-request.server.ts'
import { prisma } from '../../../app/utils/db.server.ts'
import { generateDemoData } from '../../../prisma/seed/demo-data.ts'
import { seedDemoData } from '../../../prisma/seed/seed.server.ts'
import { seedDemoOffers } from '../../../prisma/seed/demo-offers.ts'
import { demoUsers } from '../../../prisma/seed/demo-users.ts'
import { allDocuments } from '../../../search/documents.server.ts'
import { PostgresSearchEngine } from '../../../search/postgres/engine.server.ts'
import { actorOf, KNOWN_PASSWORD, makeExpertProfile, makeUser } from '../../accounts/factories.ts'
import { requestFields } from '../../support/requests.ts'

export const roles = [
	'visitor',
	'unverified',
	'loner',
	'member',
	'orgAdmin',
	'provider',
	'providerAdmin',
	'coordinator',
	'platformAdmin',
] as const
export type Role = (typeof roles)[number]

export interface WorldUser {
	role: Exclude<Role, 'visitor'>
	userId: string
	email: string
	password: string
	/** The role's organisation, for a replacement user (see Sessions). */
	membership?: { organizationId: string; role: 'member' | 'admin' }
}

/** Ids of the records the forms act on, by kind. */
export interface WorldIds {
	organizations: string[]
	labs: string[]
	facilities: string[]
	experts: string[]
	listingRefs: string[]
	organizationSlugs: string[]
	draftRequests: string[]
	submittedRequests: string[]
	openCalls: string[]
	routedRequests: string[]
	introducedRequests: string[]
	closedRequests: string[]
	/** Routes to the provider's organisation (its inbox). */
	providerRoutes: string[]
	/** Every route, with the request it belongs to. */
	routes: Array<{ id: string; requestId: string }>
	revisions: string[]
	claims: string[]
	memberships: string[]
	invitations: string[]
	verifications: string[]
	/** Establishment offers (the demo office's), drafts among them none. */
	offers: string[]
	/** Establishment enquiries the member sent signed in (the office works them). */
	enquiries: string[]
	notifications: string[]
	users: string[]
	/** The member's own expert profile (my-listings visibility). */
	ownExpertProfiles: string[]
	/** Listings the organisation admin may edit. */
	ownListings: string[]
	/** The member organisation and the provider organisation. */
	memberOrganization: string
	providerOrganization: string
	memberOrganizationSlug: string
}

/** One-time links whose tokens the fuzzer knows (the database keeps only their hash). */
export interface WorldTokens {
	reset: string[]
	verify: string[]
	invitations: string[]
	/** Links that open an establishment enquiry without an account (a visitor's, unconfirmed). */
	enquiryLinks: string[]
}

export interface World {
	users: Record<Exclude<Role, 'visitor'>, WorldUser>
	ids: WorldIds
	tokens: WorldTokens
}

const baseUrl = 'http://127.0.0.1'
const demo = (email: string) => demoUsers.find((user) => user.email.startsWith(`${email}@`))!

async function userId(email: string) {
	return (await prisma().user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id
}

function fuzzRequestFields(organizationId: string, n: number, overrides: Partial<RequestFields> = {}): RequestFields {
	return requestFields(organizationId, {
		title: `Fuzz request ${n}: GMP lentiviral vector for a phase I CAR-T trial`,
		teaser: 'A company in Flemingsberg needs GMP lentiviral vector for an early clinical trial.',
		description: 'About 20 litres of GMP lentiviral vector, with QC release, by autumn 2027.',
		...overrides,
	})
}

/** A one-time link whose token the fuzzer knows. */
export async function knownToken(
	userId: string,
	purpose: 'reset_password' | 'verify_email' | 'change_email',
	newEmail?: string,
): Promise<string> {
	const token = `fuzz-${purpose}-${randomUUID()}`
	await prisma().userToken.create({
		data: {
			userId,
			purpose,
			tokenHash: hashToken(token),
			newEmail: newEmail ?? null,
			expiresAt: new Date(Date.now() + 30 * 86_400_000),
		},
	})
	return token
}

export async function buildWorld(): Promise<World> {
	const db = prisma()
	await seedDemoData(db)
	await seedDemoOffers()
	const engine = new PostgresSearchEngine()
	await engine.configure()
	await engine.rebuild(allDocuments())

	const demoRoles = {
		member: demo('company-member'),
		orgAdmin: demo('company-admin'),
		provider: demo('facility-member'),
		providerAdmin: demo('vector-member'),
		coordinator: demo('coordinator'),
		platformAdmin: demo('admin'),
	} as const
	const users = {} as World['users']
	for (const [role, user] of Object.entries(demoRoles) as Array<
		[keyof typeof demoRoles, (typeof demoRoles)[keyof typeof demoRoles]]
	>)
		users[role] = { role, userId: await userId(user.email), email: user.email, password: user.password }
	const unverified = await makeUser({ verified: false })
	users.unverified = { role: 'unverified', userId: unverified.id, email: unverified.email, password: KNOWN_PASSWORD }
	const loner = await makeUser()
	users.loner = { role: 'loner', userId: loner.id, email: loner.email, password: KNOWN_PASSWORD }

	const actors = {} as Record<keyof World['users'], Actor>
	for (const [role, user] of Object.entries(users) as Array<[keyof World['users'], WorldUser]>)
		actors[role] = await actorOf(user.userId)
	for (const [role, actor] of Object.entries(actors) as Array<[keyof World['users'], Actor]>) {
		const membership = actor.memberships[0]
		if (membership) users[role].membership = { organizationId: membership.organizationId, role: membership.role }
	}
	const memberOrganization = actors.orgAdmin.memberships[0]!.organizationId
	const providerOrganization = actors.provider.memberships[0]!.organizationId

	// Requests in every state.
	let n = 0
	const save = async (intent: 'save' | 'submit', overrides: Partial<RequestFields> = {}) =>
		(
			await saveRequest({
				actor: actors.orgAdmin,
				fields: fuzzRequestFields(memberOrganization, ++n, overrides),
				intent,
				contentLocale: 'en',
				baseUrl,
			})
		).requestId
	const draftRequests = [await save('save'), await save('save'), await save('save', { title: 'Draft ' + n })]
	const submittedRequests = [await save('submit'), await save('submit'), await save('submit')]
	const openCalls = [
		await save('submit', { confidentiality: 'open_call' }),
		await save('submit', { confidentiality: 'open_call' }),
	]
	const providerListings = await db.listing.findMany({
		where: { OR: [{ id: providerOrganization }, { organizationId: providerOrganization }], status: 'published' },
		select: { id: true },
		take: 2,
	})
	const routedRequests: string[] = []
	const introducedRequests: string[] = []
	const closedRequests: string[] = []
	for (let i = 0; i < 6; i++) {
		const requestId = await save('submit')
		await routeRequest({
			actor: actors.coordinator,
			requestId,
			listingIds: providerListings.map((listing) => listing.id),
			note: 'Could this be for you?',
			baseUrl,
		})
		const route = await db.matchRoute.findFirstOrThrow({
			where: { requestId, providerListingId: providerListings[0]!.id },
		})
		if (i >= 2) {
			await acceptTerms({ actor: actors.provider, routeId: route.id })
			await respondToRoute({ actor: actors.provider, routeId: route.id, kind: 'interested', message: 'Yes.', baseUrl })
		}
		if (i >= 3) {
			await introduceProvider({ actor: actors.orgAdmin, routeId: route.id, baseUrl })
			await postMessage({ actor: actors.orgAdmin, routeId: route.id, body: 'Welcome to the thread.', baseUrl })
		}
		if (i >= 5) {
			await closeRequest({ actor: actors.orgAdmin, requestId, outcome: 'partner_found', feedback: [], baseUrl })
			closedRequests.push(requestId)
		} else if (i >= 3) introducedRequests.push(requestId)
		else routedRequests.push(requestId)
	}
	await expressInterest({
		actor: actors.provider,
		requestId: openCalls[0]!,
		organizationId: providerOrganization,
		message: 'We can do this.',
		baseUrl,
	})

	// Pending revisions: new labs proposed by the organisation admin, and edits of its listings.
	const demoLab = typedRecordsOf(generateDemoData()).find((typed) => typed.type === 'lab')!.record
	const memberOrganizationRef = (await db.listing.findUniqueOrThrow({ where: { id: memberOrganization } })).ref
	for (let i = 0; i < 4; i++) {
		await submitListingRevision({
			actor: actors.orgAdmin,
			type: 'lab',
			organizationId: memberOrganization,
			record: {
				...demoLab,
				ref: `lab-fuzz-${i}`,
				name: `Fuzz proposed lab ${i}`,
				organizationRef: memberOrganizationRef,
			},
		})
	}

	// Claims of organisations nobody holds, by people without one.
	const unclaimed = await db.listing.findMany({
		where: { type: 'organization', memberships: { none: {} } },
		select: { id: true, slug: true },
		take: 8,
	})
	for (const organization of unclaimed.slice(0, 4)) {
		const claimant = await makeUser()
		await claimOrganization(await actorOf(claimant.id), organization.id, { message: 'I run this company.' })
	}

	// Invitations: some sent the ordinary way, some with a token the fuzzer knows.
	for (const email of ['invitee-1@example.org', 'invitee-2@example.org'])
		await inviteMember(actors.orgAdmin, memberOrganization, { email, role: 'member' }, { baseUrl, locale: 'en' })
	const invitationTokens: string[] = []
	for (const [index, email] of [users.loner.email, 'someone-else@example.org', users.member.email].entries()) {
		const token = `fuzz-invitation-${index}-${randomUUID()}`
		await db.invitation.create({
			data: {
				organizationId: memberOrganization,
				email,
				role: 'member',
				tokenHash: hashToken(token),
				invitedById: users.orgAdmin.userId,
				expiresAt: new Date(Date.now() + 30 * 86_400_000),
			},
		})
		invitationTokens.push(token)
	}

	const tokens: WorldTokens = {
		reset: [
			await knownToken(users.loner.userId, 'reset_password'),
			await knownToken(users.member.userId, 'reset_password'),
		],
		verify: [
			await knownToken(users.unverified.userId, 'verify_email'),
			await knownToken(users.loner.userId, 'change_email', 'loner-new@example.org'),
			await knownToken(users.member.userId, 'change_email', users.orgAdmin.email),
		],
		invitations: invitationTokens,
		enquiryLinks: [],
	}
	const enquiryDetails = { need: 'Lab space for six.', contactName: 'Kim Enquirer', contactEmail: 'kim@example.org' }
	const sentEnquiry = await db.establishmentEnquiry.create({
		data: { ...enquiryDetails, company: 'Fuzz Enquiry AB', status: 'open', senderUserId: users.member.userId },
	})
	const enquiryLink = randomUUID().replace(/-/g, '')
	await db.establishmentEnquiry.create({
		data: { ...enquiryDetails, company: 'Fuzz Visitor AB', accessTokenHashes: [hashToken(enquiryLink)] },
	})
	tokens.enquiryLinks.push(enquiryLink)

	const ownExpert = await makeExpertProfile(users.member.userId)

	const all = async <T>(rows: Promise<T[]>) => rows
	const listingsOf = async (type: 'organization' | 'lab' | 'facility' | 'expert') =>
		(await all(db.listing.findMany({ where: { type }, select: { id: true }, take: 40 }))).map((row) => row.id)
	const ids: WorldIds = {
		organizations: await listingsOf('organization'),
		labs: await listingsOf('lab'),
		facilities: await listingsOf('facility'),
		experts: await listingsOf('expert'),
		listingRefs: (await db.listing.findMany({ select: { ref: true }, take: 40 })).map((row) => row.ref),
		organizationSlugs: [
			...unclaimed.map((row) => row.slug!).filter(Boolean),
			...(await db.listing.findMany({ where: { type: 'organization' }, select: { slug: true }, take: 10 })).map(
				(row) => row.slug!,
			),
		],
		draftRequests,
		submittedRequests,
		openCalls,
		routedRequests,
		introducedRequests,
		closedRequests,
		providerRoutes: (
			await db.matchRoute.findMany({ where: { providerOrganizationId: providerOrganization }, select: { id: true } })
		).map((row) => row.id),
		routes: (await db.matchRoute.findMany({ select: { id: true, requestId: true } })).map((row) => row),
		revisions: (await db.listingRevision.findMany({ where: { status: 'pending' }, select: { id: true } })).map(
			(row) => row.id,
		),
		claims: (await db.organizationClaim.findMany({ select: { id: true } })).map((row) => row.id),
		offers: (await db.establishmentOffer.findMany({ select: { id: true } })).map((row) => row.id),
		enquiries: [sentEnquiry.id],
		memberships: (await db.membership.findMany({ select: { id: true } })).map((row) => row.id),
		invitations: (await db.invitation.findMany({ select: { id: true } })).map((row) => row.id),
		verifications: (await db.verification.findMany({ select: { id: true }, take: 20 })).map((row) => row.id),
		notifications: (await db.notification.findMany({ select: { id: true }, take: 40 })).map((row) => row.id),
		users: Object.values(users).map((user) => user.userId),
		ownExpertProfiles: [ownExpert.id],
		ownListings: (
			await db.listing.findMany({
				where: { OR: [{ id: memberOrganization }, { organizationId: memberOrganization }] },
				select: { id: true },
			})
		).map((row) => row.id),
		memberOrganization,
		providerOrganization,
		memberOrganizationSlug: (await db.listing.findUniqueOrThrow({ where: { id: memberOrganization } })).slug!,
	}
	return { users, ids, tokens }
}

/**
 * Session cookies for every signed-in role, kept alive across the run: a
 * fuzz case may succeed at something that ends sessions (sign out, a new
 * password, an erased account), so after any success the harness calls
 * `refresh()`, which starts a new session (or a new user of the same role)
 * where the old one is gone.
 */
export class Sessions {
	private tokens = new Map<Exclude<Role, 'visitor'>, string>()
	constructor(private world: World) {}

	cookie(role: Role): string | undefined {
		if (role === 'visitor') return undefined
		const token = this.tokens.get(role)
		return token ? `${SESSION_COOKIE}=${token}` : undefined
	}

	async refresh() {
		const db = prisma()
		for (const user of Object.values(this.world.users)) {
			const token = this.tokens.get(user.role)
			const alive =
				token && (await db.session.count({ where: { tokenHash: hashToken(token), user: { disabledAt: null } } })) > 0
			if (alive) continue
			const exists = await db.user.count({ where: { id: user.userId, disabledAt: null } })
			if (!exists) await this.replaceUser(user)
			this.tokens.set(user.role, (await startSession(user.userId)).token)
		}
	}

	/** An erased or disabled user of a role comes back as a new user with the same memberships. */
	private async replaceUser(user: WorldUser) {
		const db = prisma()
		const old = await db.user.findUnique({ where: { id: user.userId }, include: { memberships: true } })
		if (old?.disabledAt) {
			await db.user.update({ where: { id: old.id }, data: { disabledAt: null } })
			return
		}
		const fresh = await makeUser({ verified: user.role !== 'unverified' })
		user.userId = fresh.id
		user.email = fresh.email
		user.password = KNOWN_PASSWORD
		if (user.membership) await db.membership.create({ data: { userId: fresh.id, ...user.membership } })
		if (user.role === 'coordinator' || user.role === 'platformAdmin')
			await db.user.update({
				where: { id: fresh.id },
				data: { platformRole: user.role === 'coordinator' ? 'coordinator' : 'platform_admin' },
			})
	}
}
