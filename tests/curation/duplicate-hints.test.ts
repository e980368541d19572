// Duplicate hints on the review page (issue 15): the listings of the same
// type that look like the one under review, by name (case, accents, legal
// forms and punctuation aside), website host or e-mail domain, and not by a
// public mail service everyone shares or a name that only looks a little alike.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import {
	duplicateHints,
	mailDomain,
	normalisedName,
	websiteHost,
} from '../../app/domain/curation/duplicate-hints.server.ts'
import { reviewDetail } from '../../app/domain/curation/review-detail.server.ts'
import { submitListingRevision } from '../../app/domain/listings/submit-listing-revision.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { createListing, createUser } from './factories.ts'

withTestDatabase()

describe('what is compared', () => {
	it('normalises names, website hosts and mail domains', () => {
		expect(normalisedName('Vektorbolaget AB')).toBe('vektorbolaget')
		expect(normalisedName('VEKTORBOLAGET (publ)')).toBe('vektorbolaget')
		expect(normalisedName('Médicell Ltd.')).toBe('medicell')
		expect(normalisedName('Nordic Cell-Therapy, Inc')).toBe('nordic cell therapy')
		expect(websiteHost('https://www.vektor.se/about?x=1')).toBe('vektor.se')
		expect(websiteHost('vektor.se')).toBe('vektor.se')
		expect(websiteHost('https://www.linkedin.com/company/vektor')).toBeNull()
		expect(websiteHost('not a url')).toBeNull()
		expect(mailDomain('Info@Vektor.SE')).toBe('vektor.se')
		expect(mailDomain('someone@gmail.com')).toBeNull()
		expect(mailDomain(null)).toBeNull()
	})
})

describe('possible duplicates of a listing', () => {
	let coordinator: Actor
	const ids: Record<string, string> = {}

	beforeAll(async () => {
		coordinator = await createUser({ platformRole: 'coordinator' })
		const organizations = [
			{ name: 'Vektorbolaget AB', website: 'https://www.vektorbolaget.se', email: 'info@vektorbolaget.se' },
			{ name: 'Médicell Ltd', website: null, email: 'hello@gmail.com' },
			{ name: 'Nordic Cell Therapy AB', website: 'https://nordiccell.example', email: null },
			{ name: 'Karolinska Biobank', website: null, email: 'biobank@ki.example' },
			{ name: 'Old Vektorbolaget', website: null, email: null, status: 'archived' as const },
		]
		for (const { name, website, email, status } of organizations)
			ids[name] = (
				await createListing({ type: 'organization', name, website, email, ...(status ? { status } : {}) })
			).id
		// The same name, but another type of listing.
		ids['Vektorbolaget lab'] = (await createListing({ type: 'lab', name: 'Vektorbolaget AB' })).id
	})

	const hintsFor = (subject: { name: string; website?: string | null; email?: string | null }) =>
		duplicateHints({ listingId: '00000000-0000-4000-8000-000000000000', type: 'organization', ...subject })

	it('finds name variants: case, accents, legal forms, punctuation', async () => {
		const names = async (name: string) => (await hintsFor({ name })).map((hint) => hint.name)
		expect(await names('VEKTORBOLAGET')).toEqual(['Vektorbolaget AB'])
		expect(await names('Medicell AB')).toEqual(['Médicell Ltd'])
		expect(await names('Nordic Cell-Therapy Inc.')).toEqual(['Nordic Cell Therapy AB'])
		const [hint] = await hintsFor({ name: 'vektorbolaget' })
		expect(hint!.reasons).toEqual([{ kind: 'name', similarity: 1 }])
	})

	it('finds the same website host and the same e-mail domain under another name', async () => {
		const [byWebsite] = await hintsFor({ name: 'VB Vectors', website: 'http://vektorbolaget.se/contact' })
		expect(byWebsite).toMatchObject({
			name: 'Vektorbolaget AB',
			reasons: [{ kind: 'website', host: 'vektorbolaget.se' }],
		})
		const [byMail] = await hintsFor({ name: 'KI Biobank Unit', email: 'someone@ki.example' })
		expect(byMail).toMatchObject({ name: 'Karolinska Biobank', reasons: [{ kind: 'email', domain: 'ki.example' }] })
	})

	it('ignores public mail domains, different names, other types, archived listings and the listing itself', async () => {
		expect(await hintsFor({ name: 'Totally Different Co', email: 'someone@gmail.com' })).toEqual([])
		expect(await hintsFor({ name: 'Karolinska Vector Lab' })).toEqual([])
		expect(await hintsFor({ name: 'Nordic Gene Works' })).toEqual([])
		expect((await hintsFor({ name: 'Vektorbolaget' })).map((hint) => hint.id)).not.toContain(ids['Old Vektorbolaget'])
		expect((await hintsFor({ name: 'Vektorbolaget' })).map((hint) => hint.id)).not.toContain(ids['Vektorbolaget lab'])
		expect(
			await duplicateHints({ listingId: ids['Vektorbolaget AB']!, type: 'organization', name: 'Vektorbolaget AB' }),
		).toEqual([])
	})

	it('shows on the review page of a new listing, with its proposed name and website', async () => {
		const { revisionId } = await submitListingRevision({
			actor: coordinator,
			type: 'organization',
			record: { name: 'Vektor-Bolaget', kind: 'company', website: 'https://vektorbolaget.se' },
		})
		const detail = (await reviewDetail(revisionId))!
		expect(detail.duplicates).toHaveLength(1)
		expect(detail.duplicates[0]).toMatchObject({ id: ids['Vektorbolaget AB'], ref: expect.any(String) })
		expect(detail.duplicates[0]!.reasons.map((reason) => reason.kind)).toEqual(['name', 'website'])
	})
})
