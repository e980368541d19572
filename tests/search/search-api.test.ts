// GET /api/v1/listings and the /search page's loader (also the directory
// lists' loader), called the way Remix calls them (a Request), against a test database with the search fixtures
// indexed by the PostgreSQL engine, as the search contract tests do it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '~/utils/db.server.ts'
import * as apiRoute from '~/routes/api.v1.listings.ts'
import * as pageRoute from '~/routes/search.tsx'
import { listingsApiResponse, type SearchPageData } from '~/http/search.server.ts'
import type { Actor, Viewer } from '~/domain/auth/permissions.ts'
import { searchDirectory } from '~/domain/search/run-search.server.ts'
import { allDocuments } from '../../search/documents.server.ts'
import type { SearchEngine } from '../../search/engine.ts'
import { FallbackSearchEngine, setSearchEngine } from '../../search/index.server.ts'
import { PostgresSearchEngine } from '../../search/postgres/engine.server.ts'
import { insertFixtures, SECRET_EMAIL, type Fixtures } from '../../search/testing/fixtures.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { publicBaseUrl } from '../../app/utils/public-url.server.ts'

interface ApiHit {
	ref: string
	type: string
	name: string
	summary: string | null
	highlights: Record<string, string>
	url: string
}

interface ApiBody {
	hits: ApiHit[]
	facets: Record<string, Record<string, number>>
	total: number
	page: number
	pageSize: number
	pageCount: number
	sort: string
	degraded: boolean
	error?: { message: string; parameter: string }
}

withTestDatabase()
let fixtures: Fixtures
const engine = new PostgresSearchEngine()

beforeAll(async () => {
	fixtures = await insertFixtures()
	await engine.configure()
	await engine.rebuild(allDocuments())
	setSearchEngine(engine)
})
afterAll(async () => {
	setSearchEngine(undefined)
})

const args = (url: string) => ({ request: new Request(`http://hub.test${url}`), params: {}, context: {} })

async function api(query: string): Promise<{ status: number; body: ApiBody; headers: Headers }> {
	const response = await apiRoute.loader(args(`/api/v1/listings${query}`))
	return { status: response.status, body: (await response.json()) as ApiBody, headers: response.headers }
}

async function page(query: string, path = '/search'): Promise<{ status: number; outcome: SearchPageData }> {
	const result = await pageRoute.loader(args(`${path}${query}`))
	return { status: result.init?.status ?? 200, outcome: result.data }
}

const refs = (body: ApiBody) => body.hits.map((hit) => hit.ref)

/** Only <mark> and </mark> may appear as markup in a snippet. */
function expectHtmlSafe(html: string) {
	expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
}

describe('GET /api/v1/listings', () => {
	it('finds lentiviral listings for the typo "lentivrial", with the match marked', async () => {
		const { status, body, headers } = await api('?q=lentivrial')
		expect(status).toBe(200)
		expect(refs(body)).toEqual(expect.arrayContaining(['fac-lvs', 'lab-script']))
		const suite = body.hits.find((hit) => hit.ref === 'fac-lvs')!
		expect(suite.highlights.name).toBe('<mark>Lentiviral</mark> Vector Suite')
		expect(suite).toMatchObject({
			type: 'facility',
			name: 'Lentiviral Vector Suite',
			summary: 'Clinical-grade viral vector production.',
			// From configuration, never from the request's host (tests/trust/public-url.test.ts).
			url: `${publicBaseUrl()}/facilities/lentiviral-vector-suite`,
		})
		expect(headers.get('Cache-Control')).toBe('public, max-age=30')
		expect(headers.get('Content-Type')).toMatch(/^application\/json/)
	})

	it('never returns a listing visitors may not see, nor member-only fields', async () => {
		const { body } = await api('?q=lentiviral')
		const text = JSON.stringify(body)
		for (const ref of ['fac-draft', 'lab-archived', 'exp-hidden', 'fac-merged', 'org-draft']) {
			expect(refs(body)).not.toContain(ref)
		}
		expect(text).not.toContain(SECRET_EMAIL)
		expect(Object.keys(body.hits[0]!).sort()).toEqual([
			'highlights',
			'language',
			'name',
			'ref',
			'summary',
			'translatedLanguage',
			'translatedSummary',
			'type',
			'url',
		])
	})

	it('escapes markup in listings: highlights carry only <mark>', async () => {
		const { body } = await api('?q=lentiviral')
		const scriptLab = body.hits.find((hit) => hit.ref === 'lab-script')!
		expect(scriptLab.name).toBe('<script>alert(1)</script> Lentiviral Analytics Lab')
		expect(scriptLab.highlights.name).toContain('&lt;script&gt;')
		for (const hit of body.hits) for (const html of Object.values(hit.highlights)) expectHtmlSafe(html)
	})

	it('answers "genterapi" within facilities, with facet counts', async () => {
		const { status, body } = await api('?q=genterapi&type=facility')
		expect(status).toBe(200)
		expect(body.total).toBeGreaterThan(0)
		expect(body.hits.every((hit) => hit.type === 'facility')).toBe(true)
		expect(refs(body)).toContain('fac-novum')
		// Disjunctive: the type facet still counts the other types the text matches.
		expect(body.facets.type?.facility).toBe(body.total)
		expect(body.facets).toHaveProperty('grade')
		expect(body.facets.grade?.B).toBeGreaterThan(0)
	})

	it('filters by type, with facet counts for every facet', async () => {
		const { body } = await api('?type=facility')
		expect(body.total).toBe(3)
		expect(new Set(body.hits.map((hit) => hit.type))).toEqual(new Set(['facility']))
		expect(Object.keys(body.facets).sort()).toEqual(
			['city', 'grade', 'kind', 'licence', 'modality', 'phase', 'service', 'type'].sort(),
		)
		expect(body.facets.type).toMatchObject({ facility: 3, lab: 8 })
		expect(body.facets.grade).toMatchObject({ A: 1, B: 2, C: 2 })
	})

	it('ORs repeated values of one filter and ANDs filters', async () => {
		const either = await api('?modality=car-t&modality=aav')
		expect(refs(either.body).sort()).toEqual(['fac-fill', 'fac-lvs', 'fac-novum', 'lab-cart'])
		const both = await api('?modality=car-t&modality=aav&type=lab')
		expect(refs(both.body)).toEqual(['lab-cart'])
	})

	it('sorts and pages', async () => {
		const byName = await api('?type=lab&sort=name')
		expect(byName.body.sort).toBe('name')
		const names = byName.body.hits.map((hit) => hit.name)
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')))
		const second = await api('?type=lab&sort=name&page=2')
		expect(second.body).toMatchObject({ page: 2, pageSize: 20, pageCount: 1, hits: [] })
	})

	describe('bad parameters get a 400 that names the parameter', () => {
		it.each([
			['?modality=unicorn-therapy', 'modality'],
			['?type=company', 'type'],
			['?grade=E', 'grade'],
			['?licence=x', 'licence'],
			['?sort=price', 'sort'],
			['?page=0', 'page'],
			['?page=abc', 'page'],
			[`?city=${'x'.repeat(5000)}`, 'city'],
		])('%s', async (query, parameter) => {
			const { status, body, headers } = await api(query)
			expect(status).toBe(400)
			expect(body.error?.parameter).toBe(parameter)
			expect(body.error?.message).toContain(`"${parameter}"`)
			expect(headers.get('Cache-Control')).toBe('no-store')
		})
	})

	describe('input that looks like an attack is just text', () => {
		it.each([
			`"lentiviral vector"`,
			`lentiviral" OR type = "expert`,
			'aav OR lentiviral',
			'type=facility',
			`'; DROP TABLE "Listing"; --`,
			`1' OR '1'='1`,
			'aav & !lentiviral | (car:*)',
			'<script>alert(1)</script>',
			'\\',
			'%',
			'_*?',
			'lentiviral '.repeat(500),
			'\u0000\u0001 lentiviral',
		])('q=%j answers 200', async (text) => {
			const { status, body } = await api(`?q=${encodeURIComponent(text)}`)
			expect(status).toBe(200)
			expect(Array.isArray(body.hits)).toBe(true)
			for (const hit of body.hits) for (const html of Object.values(hit.highlights)) expectHtmlSafe(html)
		})

		it('finds a quoted phrase and an OR query by their words', async () => {
			expect(refs((await api(`?q=${encodeURIComponent('"lentiviral vector"')}`)).body)).toContain('fac-lvs')
			expect((await api(`?q=${encodeURIComponent('aav OR lentiviral')}`)).body.total).toBeGreaterThanOrEqual(0)
		})

		it('refuses filter-syntax smuggled into a filter value with a 400, not a 500', async () => {
			for (const query of [
				`?type=${encodeURIComponent('facility OR 1=1')}`,
				`?modality=${encodeURIComponent('aav" OR modalities = "car-t')}`,
			]) {
				const { status } = await api(query)
				expect(status).toBe(400)
			}
			const city = await api(`?city=${encodeURIComponent(`Huddinge" OR city = "Stockholm`)}`)
			expect(city.status).toBe(200)
			expect(city.body.total).toBe(0)
		})

		it('still has every listing afterwards', async () => {
			const visible = await prisma().listing.count({
				where: { status: 'published', visibility: 'public', mergedIntoId: null },
			})
			expect((await api('')).body.total).toBe(visible)
			expect(fixtures.ids.vectorSuite).toBeDefined()
		})
	})

	it('says when a backup engine answered', async () => {
		// The same engine, but every search fails as an unreachable server's would.
		const broken = new Proxy<SearchEngine>(engine, {
			get(target, key) {
				if (key === 'name') return 'broken'
				if (key === 'search') return () => Promise.reject(new Error('connection refused'))
				const value: unknown = Reflect.get(target, key)
				return typeof value === 'function' ? value.bind(target) : value
			},
		})
		setSearchEngine(new FallbackSearchEngine(broken, engine, { log: () => {} }))
		try {
			const { status, body } = await api('?q=lentivrial')
			expect(status).toBe(200)
			expect(body.degraded).toBe(true)
			expect(refs(body)).toContain('fac-lvs')
		} finally {
			setSearchEngine(engine)
		}
	})
})

describe('the /search page loader', () => {
	it('uses the same search: same hits in the same order as the API', async () => {
		const [fromPage, fromApi] = await Promise.all([page('?q=lentivrial&sort=name'), api('?q=lentivrial&sort=name')])
		expect(fromPage.status).toBe(200)
		if (!fromPage.outcome.ok) throw new Error('expected results')
		expect(fromPage.outcome.view.hits.map((hit) => hit.ref)).toEqual(refs(fromApi.body))
		expect(fromPage.outcome.view.facets).toEqual(fromApi.body.facets)
	})

	it('gives cards what they show: organisation, address and highlights', async () => {
		const { outcome } = await page('?q=lentivrial&type=facility')
		if (!outcome.ok) throw new Error('expected results')
		const suite = outcome.view.hits.find((hit) => hit.ref === 'fac-lvs')!
		expect(suite.url).toBe('/facilities/lentiviral-vector-suite')
		expect(suite.organization?.name).toBe('Nordic Vector Works AB')
		expect(suite.highlights.name).toContain('<mark>')
		expect(outcome.view.query).toMatchObject({ q: 'lentivrial', filters: { type: ['facility'] } })
	})

	it('reads when a query says when: finds what the rest of it finds, and offers the period as a filter', async () => {
		const [withWhen, without] = await Promise.all([
			page('?q=grade+B+cleanroom+next+spring'),
			page('?q=grade+B+cleanroom'),
		])
		if (!withWhen.outcome.ok || !without.outcome.ok) throw new Error('expected results')
		expect(without.outcome.view.total).toBeGreaterThan(0)
		expect(withWhen.outcome.view.hits.map((hit) => hit.ref)).toEqual(without.outcome.view.hits.map((hit) => hit.ref))
		expect(withWhen.outcome.view.partial).toBe(false)
		expect(without.outcome.view.namedPeriod).toBeUndefined()
		const period = withWhen.outcome.view.namedPeriod
		expect(period).toMatchObject({
			typed: 'next spring',
			from: expect.stringMatching(/-03-01$/),
			to: expect.stringMatching(/-05-31$/),
		})
		// Once the visitor has set a period, none is offered.
		const filtered = await page(
			`?q=grade+B+cleanroom+next+spring&availableFrom=${period!.from}&availableTo=${period!.to}`,
		)
		if (!filtered.outcome.ok) throw new Error('expected results')
		expect(filtered.outcome.view.namedPeriod).toBeUndefined()
	})

	it('answers a bad address with 400 and the problem, for the page to explain', async () => {
		const { status, outcome } = await page('?q=aav&modality=unicorn')
		expect(status).toBe(400)
		expect(outcome).toMatchObject({
			ok: false,
			problem: { parameter: 'modality', kind: 'unknownValue', value: 'unicorn' },
		})
	})
})

describe('the directory lists: the /search page loader with the type fixed by the path', () => {
	it('/facilities?grade=B finds what the API finds for facilities of grade B, without a type to choose', async () => {
		const [fromList, fromApi] = await Promise.all([page('?grade=B', '/facilities'), api('?type=facility&grade=B')])
		expect(fromList.status).toBe(200)
		if (!fromList.outcome.ok) throw new Error('expected results')
		expect(fromList.outcome.listType).toBe('facility')
		expect(fromApi.body.total).toBeGreaterThan(1)
		expect(fromList.outcome.view.hits.map((hit) => hit.ref)).toEqual(refs(fromApi.body))
		expect(fromList.outcome.view.hits.every((hit) => hit.type === 'facility')).toBe(true)
		// The address's own filters only: links and chips built from it stay on the list.
		expect(fromList.outcome.view.query.filters).toEqual({ grade: ['B'] })
		const { type: _typeCounts, ...otherFacets } = fromApi.body.facets
		expect(fromList.outcome.view.facets).toEqual(otherFacets)
	})

	it('a ?type= in a list’s address does not take the list elsewhere', async () => {
		const { outcome } = await page('?type=facility', '/labs')
		if (!outcome.ok) throw new Error('expected results')
		expect(outcome.listType).toBe('lab')
		expect(outcome.view.hits.length).toBeGreaterThan(0)
		expect(outcome.view.hits.every((hit) => hit.type === 'lab')).toBe(true)
	})

	it('a list answers a bad address with 400 and the problem, like /search', async () => {
		const { status, outcome } = await page('?modality=unicorn', '/experts')
		expect(status).toBe(400)
		expect(outcome).toMatchObject({ ok: false, listType: 'expert', problem: { parameter: 'modality' } })
	})

	it('/search itself is fixed to no type', async () => {
		const { outcome } = await page('?q=lentivrial')
		expect(outcome.listType).toBeNull()
	})
})

describe('members-only experts', () => {
	// A verified member of an organisation, as a session or a member's API token carries them.
	const member: Actor = {
		userId: '00000000-0000-4000-8000-00000000aaaa',
		platformRole: 'user',
		emailVerified: true,
		memberships: [{ organizationId: '00000000-0000-4000-8000-00000000bbbb', role: 'member' }],
	}
	const coordinator: Actor = { ...member, platformRole: 'coordinator', memberships: [] }
	// Signed in, but belonging to no organisation yet, or not verified: a visitor to the directory.
	const outsider: Actor = { ...member, memberships: [] }
	const unverified: Actor = { ...member, emailVerified: false }
	const experts = (viewer: Viewer, q = '') =>
		searchDirectory(new URLSearchParams({ type: 'expert', ...(q ? { q } : {}) }), viewer, 'en')

	it('/experts shows them to members and coordinators, with the total and counts that include them', async () => {
		const visitor = await experts(null)
		for (const viewer of [member, coordinator]) {
			const outcome = await experts(viewer)
			if (!outcome.ok) throw new Error('search failed')
			expect(outcome.view.hits.map((hit) => hit.ref)).toContain('exp-hidden')
			expect(outcome.view.total).toBe(visitor.ok ? visitor.view.total + 1 : NaN)
			expect(outcome.view.facets.service?.regulatory).toBe(
				visitor.ok ? (visitor.view.facets.service?.regulatory ?? 0) + 1 : NaN,
			)
			const found = await experts(viewer, 'Bertil')
			expect(found.ok && found.view.hits.map((hit) => hit.name)).toEqual(['Bertil Ek'])
		}
	})

	it('never shows them to visitors, signed-in people without a membership, or tokens without member rights', async () => {
		for (const viewer of [null, outsider, unverified]) {
			const outcome = await experts(viewer)
			if (!outcome.ok) throw new Error('search failed')
			expect(outcome.view.hits.map((hit) => hit.ref)).not.toContain('exp-hidden')
			expect(outcome.view.facets.service?.regulatory ?? 0).toBe(
				await prisma().listing.count({
					where: { type: 'expert', status: 'published', visibility: 'public', services: { has: 'regulatory' } },
				}),
			)
			const named = await experts(viewer, 'Bertil')
			expect(named.ok && named.view.total).toBe(0)
		}
		const { body, headers } = await api('?q=Bertil')
		expect(body.total).toBe(0)
		expect(headers.get('Cache-Control')).toMatch(/^public/)
	})

	it('keeps a member’s API answer out of shared caches', async () => {
		const response = await listingsApiResponse(new Request('http://hub.test/api/v1/listings?q=Bertil'), member)
		const body = (await response.json()) as ApiBody
		expect(refs(body)).toEqual(['exp-hidden'])
		expect(response.headers.get('Cache-Control')).toMatch(/^private/)
	})
})
