// A member adds the other language's version of a listing in the listing form;
// it travels like every other field: into the pending revision, through the
// coordinator's review (named by its language), onto the published listing.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { approveRevision } from '../../app/domain/curation/approve-revision.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import * as reviewRoute from '../../app/routes/coordinator.reviews.$revisionId.tsx'
import * as editRoute from '../../app/routes/_member.my-listings.$id.edit.tsx'
import { actorOf, sessionCookie } from '../accounts/factories.ts'
import { call, requestAs } from '../authorization/route-calls.ts'
import { withTestDatabase } from '../setup/database.ts'
import { createListing, createUser } from './factories.ts'

withTestDatabase()
let memberCookie: string
let coordinatorCookie: string
let coordinator: Actor
let organizationId: string

beforeAll(async () => {
	const organization = await createListing({ type: 'organization', name: 'Alpha Cell AB' })
	organizationId = organization.id
	const member = await createUser({ memberships: [{ organizationId }] })
	const staff = await createUser({ platformRole: 'coordinator' })
	memberCookie = await sessionCookie(member.userId)
	coordinatorCookie = await sessionCookie(staff.userId)
	coordinator = await actorOf(staff.userId)
})

function facility(name: string, summary: string) {
	return createListing({ type: 'facility', name, organizationId, summary, contentLocale: 'en' })
}

function postEdit(listingId: string, form: Record<string, string>) {
	return call(
		editRoute.action,
		requestAs(memberCookie, `/my-listings/${listingId}/edit`, { intent: 'submit', ...form }),
		{ id: listingId },
	)
}

describe('the other language in the listing form', () => {
	it('offers an English listing a Swedish version, and a Swedish listing an English one', async () => {
		const english = await facility('Alpha Suite', 'Two grade B suites for cell therapy.')
		const swedish = await facility('Alfasviten', 'Två sviter med renrum klass B för cellterapi.')
		const load = async (id: string) =>
			(await call(editRoute.loader, requestAs(memberCookie, `/my-listings/${id}/edit`), { id })).body as {
				listing: { translationLocale: string }
			}
		expect((await load(english.id)).listing.translationLocale).toBe('sv')
		expect((await load(swedish.id)).listing.translationLocale).toBe('en')
	})

	it('saves the translated summary and description into the revision, for the coordinator to review', async () => {
		const listing = await facility('Beta Suite', 'Two grade B suites for cell therapy.')
		const outcome = await postEdit(listing.id, {
			name: 'Beta Suite',
			summary: 'Two grade B suites for cell therapy.',
			translatedSummary: 'Två sviter med renrum klass B för cellterapi.',
			translatedDescription: 'Vi tillverkar cellterapier för kliniska prövningar.\n\nKontakta oss för bokning.',
		})
		expect(outcome.status).toBe(302)
		const revision = await prisma().listingRevision.findFirstOrThrow({
			where: { listingId: listing.id, status: 'pending' },
		})
		expect(revision.payload).toMatchObject({
			translatedSummary: 'Två sviter med renrum klass B för cellterapi.',
			translatedDescription: 'Vi tillverkar cellterapier för kliniska prövningar.\n\nKontakta oss för bokning.',
		})
		// The public listing waits for the review.
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: listing.id } })).translatedSummary).toBeNull()

		const review = await call(reviewRoute.loader, requestAs(coordinatorCookie, `/coordinator/reviews/${revision.id}`), {
			revisionId: revision.id,
		})
		const detail = review.body as {
			translationLocale: string
			diff: Array<{ field: { name: string; translates?: string }; before: unknown; after: unknown; changed: boolean }>
		}
		expect(detail.translationLocale).toBe('sv')
		expect(detail.diff.find((entry) => entry.field.name === 'translatedSummary')).toMatchObject({
			field: { translates: 'summary' },
			before: null,
			after: 'Två sviter med renrum klass B för cellterapi.',
			changed: true,
		})
		expect(detail.diff.find((entry) => entry.field.name === 'translatedDescription')?.changed).toBe(true)

		await approveRevision({ actor: coordinator, revisionId: revision.id })
		const published = await prisma().listing.findUniqueOrThrow({ where: { id: listing.id } })
		expect(published).toMatchObject({
			contentLocale: 'en',
			summary: 'Two grade B suites for cell therapy.',
			translatedSummary: 'Två sviter med renrum klass B för cellterapi.',
		})
	})

	it('answers a translated summary that is too long with a message beside it, and writes nothing', async () => {
		const listing = await facility('Gamma Suite', 'One grade C suite.')
		const outcome = await postEdit(listing.id, {
			name: 'Gamma Suite',
			summary: 'One grade C suite.',
			translatedSummary: 'Å'.repeat(281),
		})
		expect(outcome.status).toBe(400)
		const { result } = outcome.body as { result: { error?: Record<string, string[]> } }
		expect(result.error?.translatedSummary).toEqual([expect.stringMatching(/^check\.tooLong\?.*max=280&length=281/)])
		expect(await prisma().listingRevision.count({ where: { listingId: listing.id } })).toBe(0)
	})
})
