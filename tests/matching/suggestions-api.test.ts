import { beforeAll, describe, expect, it } from 'vitest'
import { importListings } from '../../app/domain/listings/import-listings.server.ts'
import { action } from '../../app/routes/api.v1.match-suggestions.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { generateDemoData } from '../../prisma/seed/demo-data.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()
beforeAll(async () => {
	await importListings(generateDemoData(), { actorId: null })
})

function post(body: unknown, query = '') {
	const request = new Request(`http://hub.test/api/v1/match-suggestions${query}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	})
	return action({ request, params: {}, context: {} })
}

describe('POST /api/v1/match-suggestions', () => {
	it('ranks providers for a request and explains each suggestion in English and Swedish', async () => {
		const response = await post(
			{
				title: 'Lentiviral vector supply for a phase I CAR-T trial',
				description: 'We need GMP-grade LVV for our CAR-T programme by Q3 2027.',
				services: ['viral-vector-production'],
				modalities: ['car-t', 'lentiviral'],
				phase: 'phase-1',
			},
			'?limit=5',
		)
		expect(response.status).toBe(200)
		const { suggestions } = await response.json()
		expect(suggestions).toHaveLength(5)
		const top = suggestions[0]
		expect(top).toMatchObject({
			ref: expect.any(String),
			type: expect.any(String),
			name: expect.any(String),
			score: expect.any(Number),
		})
		expect(top.url).toMatch(/^\/(organizations|labs|facilities|experts)\//)
		expect(top.reasons.length).toBeGreaterThan(0)
		expect(top.reasons[0].text).toEqual({ en: expect.any(String), sv: expect.any(String) })
		const listing = await prisma().listing.findUniqueOrThrow({ where: { ref: top.ref } })
		expect([...listing.services, ...listing.modalities, listing.description ?? ''].join(' ')).toMatch(
			/viral-vector-production|lentiviral|lentivir/i,
		)
		const scores = suggestions.map((s: { score: number }) => s.score)
		expect([...scores].sort((a, b) => b - a)).toEqual(scores)
	})

	it('never suggests members-only expert profiles to anonymous callers', async () => {
		const experts = await prisma().listing.findMany({ where: { type: 'expert' }, take: 5, select: { id: true } })
		await prisma().listing.updateMany({
			where: { id: { in: experts.map((e) => e.id) } },
			data: { visibility: 'members' },
		})
		const hidden = await prisma().listing.findMany({
			where: { visibility: 'members' },
			select: { ref: true, expertise: true },
		})
		expect(hidden).toHaveLength(5)
		const response = await post(
			{ title: 'Expert advice', description: hidden.map((h) => h.expertise.join(' ')).join(' ') },
			'?limit=100',
		)
		const { suggestions } = await response.json()
		const refs = new Set(suggestions.map((s: { ref: string }) => s.ref))
		for (const listing of hidden) expect(refs.has(listing.ref)).toBe(false)
	})

	it('answers 400 with a message for bad input', async () => {
		const noTitle = await post({ description: 'no title' })
		expect(noTitle.status).toBe(400)
		expect((await noTitle.json()).error.issues[0].field).toBe('title')

		const badCode = await post({ title: 'Vectors please', modalities: ['car-x'] })
		expect(badCode.status).toBe(400)
		expect(JSON.stringify(await badCode.json())).toMatch(/Unknown modality code \\"car-x\\"/)

		const notJson = await post('{"title":')
		expect(notJson.status).toBe(400)

		const badLimit = await post({ title: 'Vectors please' }, '?limit=0')
		expect(badLimit.status).toBe(400)
	})
})
