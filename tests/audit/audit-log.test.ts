// The audit log page's loader as a coordinator meets it after real use cases
// ran: entries name the request, the provider and the people, link to them,
// say a deleted account or listing in words, and filter by what happened.
import { beforeAll, describe, expect, it } from 'vitest'
import type { AuditLogEntry } from '../../app/domain/audit/audit-log.server.ts'
import type { AuditLogView } from '../../app/domain/audit/audit-log-view.server.ts'
import { auditSentence, sentenceText } from '../../app/domain/audit/audit-sentence.ts'
import { featureListing } from '../../app/domain/curation/feature-listing.server.ts'
import { acceptTerms } from '../../app/domain/requests/accept-terms.server.ts'
import { translator } from '../../app/i18n/messages.ts'
import { loader } from '../../app/routes/coordinator.audit.tsx'
import { prisma } from '../../app/utils/db.server.ts'
import { sessionCookie } from '../accounts/factories.ts'
import { call, requestAs } from '../authorization/route-calls.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { requesterAndProvider, requestFields, submittedAndRouted } from '../support/requests.ts'

withTestDatabase()

const title = 'Lentiviral vector supply for a phase I CAR-T trial'
let cookie: string
let requestId: string
let providerId: string

beforeAll(async () => {
	const { requester, provider } = await requesterAndProvider({
		requester: 'Visättra Cell Therapeutics AB',
		provider: 'Grantorp Vector Plant',
	})
	providerId = provider.id
	const coordinator = await createUser({ platformRole: 'coordinator', name: 'Anna Berg' })
	const member = await createUser({ name: 'Maja Ek', memberships: [{ organizationId: requester.id }] })
	const providerMember = await createUser({ name: 'Erik Lund', memberships: [{ organizationId: provider.id }] })
	const routed = await submittedAndRouted({
		member,
		coordinator,
		fields: requestFields(requester.id),
		providerIds: [provider.id],
		baseUrl: 'https://hub.test',
	})
	requestId = routed.requestId
	await acceptTerms({ actor: providerMember, routeId: routed.routeIds[0] as string })

	// A coordinator who left, and a listing deleted since it was featured.
	const leaving = await createUser({ platformRole: 'coordinator', name: 'Leaving Coordinator' })
	const lab = await createListing({ type: 'lab', name: 'Phi Lab', organizationId: requester.id })
	await featureListing({ actor: leaving, listingId: lab.id, featured: true })
	await prisma().user.delete({ where: { id: leaving.userId } })
	await prisma().listing.delete({ where: { id: lab.id } })

	cookie = await sessionCookie(coordinator.userId)
})

async function page(query = '') {
	const outcome = await call(loader, requestAs(cookie, `/coordinator/audit${query}`))
	expect(outcome.status).toBe(200)
	return (outcome.body as { log: { entries: AuditLogEntry[]; total: number } }).log
}

async function view(query: string) {
	const outcome = await call(loader, requestAs(cookie, `/coordinator/audit${query}`))
	expect(outcome.status).toBe(200)
	return outcome.body as AuditLogView & { log: { entries: AuditLogEntry[]; total: number } | null }
}

const read = (entry: AuditLogEntry | undefined, locale: 'en' | 'sv' = 'en') =>
	entry ? sentenceText(auditSentence(translator(locale), entry)) : undefined

describe('the audit log as a coordinator reads it', () => {
	it('a routed request reads as a sentence with the request and the provider as links', async () => {
		const { entries } = await page()
		const routed = entries.find((entry) => entry.action === 'request.routed')
		expect(read(routed)).toBe(`Anna Berg routed “${title}” to Grantorp Vector Plant`)
		expect(read(routed, 'sv')).toBe(`Anna Berg skickade ”${title}” till Grantorp Vector Plant`)
		expect(routed?.record).toMatchObject({ name: title, href: `/coordinator/requests/${requestId}` })
		expect(routed?.targets).toEqual([
			{ kind: 'listing', id: providerId, name: 'Grantorp Vector Plant', href: `/coordinator/listings/${providerId}` },
		])
		expect(read(entries.find((entry) => entry.action === 'request.submitted'))).toBe(
			`Maja Ek submitted “${title}” to the hub`,
		)
	})

	it('a route names its request and its provider, not the route’s id', async () => {
		const { entries } = await page()
		const accepted = entries.find((entry) => entry.action === 'route.termsAccepted')
		expect(read(accepted)).toBe(
			`Erik Lund accepted the confidentiality terms for “${title}” on behalf of Grantorp Vector Plant`,
		)
		expect(accepted?.record?.href).toBe(`/coordinator/requests/${requestId}`)
	})

	it('a deleted account and a deleted listing are said in words', async () => {
		const { entries } = await page()
		const featured = entries.find((entry) => entry.action === 'listing.featured')
		expect(read(featured)).toBe('A deleted account featured a deleted listing')
		expect(read(featured, 'sv')).toBe('Ett raderat konto lyfte fram en raderad post')
	})

	it('filters by what happened, from the address', async () => {
		const { entries, total } = await page('?action=route.termsAccepted')
		expect(total).toBe(1)
		expect(entries.map((entry) => entry.action)).toEqual(['route.termsAccepted'])
		const ofRequest = await page(`?entityType=request&entityId=${requestId}`)
		// A request's history includes what happened on its routes.
		expect(ofRequest.entries.map((entry) => entry.action)).toEqual([
			'route.termsAccepted',
			'request.routed',
			'request.submitted',
			'request.created',
		])
	})

	it('names the record it is filtered to, never its id', async () => {
		const about = await view(`?entityType=request&entityId=${requestId}`)
		expect(about.record).toEqual({ kind: 'request', name: title })
		const listing = await view(`?entityType=listing&entityId=${providerId}`)
		expect(listing.record).toEqual({ kind: 'listing', name: 'Grantorp Vector Plant' })
	})

	it('finds a person by part of their name or their whole e-mail address', async () => {
		const byName = await view('?person=erik%20lu')
		expect(byName.personMatch).toMatchObject({ kind: 'one', person: { name: 'Erik Lund' } })
		expect(byName.actor).toEqual({ name: 'Erik Lund' })
		expect(byName.log?.entries.map((entry) => entry.action)).toEqual(['route.termsAccepted'])
		const email = (await prisma().user.findFirstOrThrow({ where: { name: 'Maja Ek' } })).email
		const byAddress = await view(`?person=${encodeURIComponent(email.toUpperCase())}`)
		expect(byAddress.personMatch).toMatchObject({ kind: 'one', person: { name: 'Maja Ek' } })
		expect(byAddress.log?.entries.map((entry) => entry.action)).toEqual(['request.submitted', 'request.created'])
	})

	it('lists the people when several match, and says so when nobody does, instead of an empty log', async () => {
		const several = await view('?person=test.example')
		expect(several.personMatch?.kind).toBe('several')
		expect(several.log).toBeNull()
		const names = several.personMatch?.kind === 'several' ? several.personMatch.people.map((p) => p.name) : []
		expect(names).toEqual(expect.arrayContaining(['Anna Berg', 'Erik Lund', 'Maja Ek']))
		const nobody = await view('?person=zzz-nobody')
		expect(nobody.personMatch).toEqual({ kind: 'none' })
		expect(nobody.log).toBeNull()
	})
})
