// One contract, every engine: what visitors may expect of search whichever
// engine answers. PostgreSQL always runs; Meilisearch runs when MEILI_HOST
// points at a server (and says it was skipped otherwise).
import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { withUnderstanding } from '~/domain/search/understood-query.server.ts'
import { prisma } from '~/utils/db.server.ts'
import {
	normalizeSearchQuery,
	SearchQueryError,
	type SearchEngine,
	type SearchQuery,
	type SearchResult,
} from './engine.ts'
import { PostgresSearchEngine } from './postgres/engine.server.ts'
import { syncListings } from './sync.server.ts'
import { fixtureDatabase } from './testing/fixture-database.ts'
import { meilisearchTestEngine, rebuiltEngine } from './testing/meilisearch-test-engine.ts'
import { SECRET_EMAIL } from './testing/fixtures.server.ts'
import { foldText } from '~/utils/text.ts'

const fixtures = fixtureDatabase()

/** Only <mark> and </mark> may appear as markup in a snippet. */
function expectHtmlSafe(html: string) {
	expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
}

export function runContract(name: string, makeEngine: () => Promise<SearchEngine & { dispose?: () => Promise<void> }>) {
	describe(name, () => {
		let engine: SearchEngine & { dispose?: () => Promise<void> }
		// As the portal asks: the understanding step reads the query first, whichever engine answers.
		const search = (query: SearchQuery) => engine.search(normalizeSearchQuery(withUnderstanding(query).query))
		const ids = (result: SearchResult) => result.hits.map((hit) => hit.id)
		const id = (key: string) => fixtures.ids[key]!

		const rebuilt = rebuiltEngine(makeEngine)
		beforeAll(() => {
			engine = rebuilt()
		})

		it('indexes exactly the published listings, members-only ones included', async () => {
			const stamps = await engine.stamps()
			const indexed = await prisma().listing.count({ where: { status: 'published', mergedIntoId: null } })
			expect(stamps.size).toBe(indexed)
			for (const hidden of fixtures.unindexed) expect(stamps.has(hidden)).toBe(false)
			for (const membersOnly of fixtures.membersOnly) expect(stamps.has(membersOnly)).toBe(true)
			expect((await engine.stats()).documents).toBe(indexed)
		})

		describe('typos', () => {
			it('finds lentiviral listings for "lentivrial" (two letters swapped)', async () => {
				const result = await search({ q: 'lentivrial' })
				expect(ids(result)).toEqual(expect.arrayContaining([id('vectorSuite'), id('scriptLab')]))
			})
			it('tolerates a missing letter and a swap in a short word', async () => {
				expect(ids(await search({ q: 'lentivral' }))).toContain(id('vectorSuite'))
				expect(ids(await search({ q: 'vcetor suite' }))).toContain(id('vectorSuite'))
			})
			it('allows no typo in words under five letters', async () => {
				expect((await search({ q: 'aaw' })).total).toBe(0)
			})
		})

		describe('prefixes', () => {
			it('matches the last word as a prefix', async () => {
				const result = await search({ q: 'lentiv' })
				expect(ids(result)).toEqual(expect.arrayContaining([id('vectorSuite'), id('scriptLab')]))
				expect(ids(await search({ q: 'renru' }))).toContain(id('renrum'))
			})
		})

		describe('synonyms', () => {
			it('finds lentiviral listings for "LVV" and the LVV expert for "lentiviral vectors"', async () => {
				expect(ids(await search({ q: 'LVV' }))).toEqual(
					expect.arrayContaining([id('vectorSuite'), id('scriptLab'), id('regulatoryExpert')]),
				)
				expect(ids(await search({ q: 'lentiviral vectors' }))).toContain(id('regulatoryExpert'))
			})
			it('finds CAR-T listings for "CAR T" and "chimeric antigen receptor T cells"', async () => {
				expect(ids(await search({ q: 'CAR T' }))).toEqual(expect.arrayContaining([id('carTLab'), id('renrum')]))
				expect(ids(await search({ q: 'chimeric antigen receptor T cells' }))).toEqual(
					expect.arrayContaining([id('carTLab'), id('renrum')]),
				)
			})
			it('maps Swedish synonyms to English labels ("sakkunnig person" → QP release)', async () => {
				expect(ids(await search({ q: 'sakkunnig person' }))).toContain(id('fillFinish'))
			})
		})

		describe('Swedish', () => {
			it('finds "genterapi"', async () => {
				expect(ids(await search({ q: 'genterapi' }))).toContain(id('renrum'))
			})
			it('finds "renrum klass B" with or without accents', async () => {
				expect(ids(await search({ q: 'renrum klass B' }))).toContain(id('renrum'))
				expect(ids(await search({ q: 'renrumsanlaggningen' }))).toContain(id('renrum'))
			})
			it('finds "regulatorisk rådgivning sjukhusundantag"', async () => {
				const result = await search({ q: 'regulatorisk rådgivning sjukhusundantag' })
				expect(ids(result)[0]).toBe(id('renrum'))
				expect(ids(await search({ q: 'regulatorisk radgivning sjukhusundantag' }))).toContain(id('renrum'))
			})
		})

		describe('understood queries', () => {
			it('"renrum klass B" finds the English-written grade B facility, "grade B cleanroom" the Swedish-written one', async () => {
				expect(ids(await search({ q: 'renrum klass B' }))).toEqual(
					expect.arrayContaining([id('renrum'), id('vectorSuite')]),
				)
				expect(ids(await search({ q: 'grade B cleanroom' }))).toEqual(
					expect.arrayContaining([id('renrum'), id('vectorSuite')]),
				)
			})
			it('bridges the field words of the two languages: genterapi and gene therapy, renrum and cleanroom', async () => {
				expect(ids(await search({ q: 'genterapi' }))).toContain(id('fillFinish'))
				expect(ids(await search({ q: 'gene therapy' }))).toContain(id('renrum'))
				expect(ids(await search({ q: 'gen terapi' }))).toContain(id('fillFinish'))
				const swedish = ids(await search({ q: 'cellterapi', pageSize: 50 })).sort()
				expect(swedish).toEqual(ids(await search({ q: 'cell therapy', pageSize: 50 })).sort())
				expect(swedish).toEqual(expect.arrayContaining([id('renrum'), id('carTLab'), id('stemLab1')]))
			})
			it('reads inflected words: "renrummet" and "cleanrooms"', async () => {
				expect(ids(await search({ q: 'renrummet' }))).toContain(id('renrum'))
				expect(ids(await search({ q: 'cleanrooms' }))).toEqual(
					expect.arrayContaining([id('renrum'), id('vectorSuite')]),
				)
			})
			it('corrects a typo before reading the concept: "kvalitetskontrol" finds what "kvalitetskontroll" finds', async () => {
				const typo = ids(await search({ q: 'kvalitetskontrol', pageSize: 50 })).sort()
				const correct = ids(await search({ q: 'kvalitetskontroll', pageSize: 50 })).sort()
				expect(correct).toEqual(expect.arrayContaining([id('renrum'), id('carTLab')]))
				expect(typo).toEqual(correct)
			})
			it('matches a licence, grade or kind of listing through the structured fields', async () => {
				expect(ids(await search({ q: 'GMO permit' }))).toContain(id('vectorSuite'))
				expect(ids(await search({ q: 'grade A' }))).toContain(id('fillFinish'))
				const experts = await search({ q: 'regulatory expert' })
				expect(ids(experts)[0]).toBe(id('regulatoryExpert'))
			})
			it('ranks listings that hold a concept and name it above one that only mentions it', async () => {
				const result = ids(await search({ q: 'lentiviral' }))
				const mentionOnly = result.indexOf(id('regulatoryExpert'))
				expect(mentionOnly).toBeGreaterThan(result.indexOf(id('vectorSuite')))
				expect(mentionOnly).toBeGreaterThan(result.indexOf(id('scriptLab')))
			})
			it('ranks the listings whose name says what was asked first among those holding it', async () => {
				// All three hold lentiviral vectors and say so; the suite and the lab are named for them, the expert
				// (whose name comes first) is not.
				for (const q of ['lentivirus', 'lentivirala vektorer']) {
					const result = ids(await search({ q }))
					for (const named of [id('vectorSuite'), id('scriptLab')]) {
						expect(result).toContain(named)
						expect(result.indexOf(named)).toBeLessThan(result.indexOf(id('vectorExpert')))
					}
				}
			})
			it('ranks the listing that supplies viral vectors first for "viral vector production supplier", the expert who matches alike after it', async () => {
				// Both hold and state viral vector production, neither is named for it; the expert's name comes first.
				const supplier = ids(await search({ q: 'viral vector production supplier' }))
				expect(supplier[0]).toBe(id('vectorSuite'))
				expect(supplier).toContain(id('vectorExpert'))
				const swedish = ids(await search({ q: 'leverantör av virusvektorproduktion' }))
				expect(swedish.indexOf(id('vectorSuite'))).toBeLessThan(swedish.indexOf(id('vectorExpert')))
				// Asked for the work, not for a supplier, the two stay in the order of their names.
				const work = ids(await search({ q: 'viral vector production' }))
				expect(work.indexOf(id('vectorExpert'))).toBeLessThan(work.indexOf(id('vectorSuite')))
			})
			it('lists suppliers before people, each kind by name, for a query that only asks for a supplier', async () => {
				for (const q of ['supplier', 'leverantör']) {
					const hits = (await search({ q, pageSize: 50 })).hits
					const kinds = hits.map((hit) => hit.type)
					const firstPerson = kinds.indexOf('expert')
					expect(firstPerson, q).toBeGreaterThan(0)
					expect(
						kinds.slice(firstPerson).every((kind) => kind === 'expert'),
						q,
					).toBe(true)
					for (const kind of new Set(kinds)) {
						const names = hits.filter((hit) => hit.type === kind).map((hit) => foldText(hit.name))
						expect(names, `${q}: ${kind}`).toEqual([...names].sort())
					}
				}
			})
			it('never answers nothing when most of the query matches: listings holding most concepts, most first', async () => {
				// Nobody works with CAR-T and lentiviral vectors and does QC testing.
				const result = await search({ q: 'CAR-T lentiviral QC', pageSize: 50 })
				expect(result.relaxed).toBe(true)
				expect(ids(result)).toEqual(expect.arrayContaining([id('renrum'), id('carTLab')]))
				const first = result.hits[0]!
				expect(first.matches?.length).toBeGreaterThanOrEqual(2)
			})
			it('says how a listing matched a concept: through its fields, or its words in the other language', async () => {
				const result = await search({ q: 'renrum klass B' })
				const suite = result.hits.find((hit) => hit.id === id('vectorSuite'))!
				expect(suite.matches).toEqual(
					expect.arrayContaining([
						expect.objectContaining({ key: 'field:cleanroom', held: true }),
						expect.objectContaining({ key: 'cleanroomGrades:B', held: true, surface: 'grade B' }),
					]),
				)
				const swedish = (await search({ q: 'grade B cleanroom' })).hits.find((hit) => hit.id === id('renrum'))!
				expect(swedish.matches).toEqual(
					expect.arrayContaining([
						expect.objectContaining({ key: 'field:cleanroom', surface: expect.stringMatching(/renrum/i) }),
					]),
				)
				const cleanroom = await search({ q: 'cleanroom' })
				expect(cleanroom.hits.find((hit) => hit.id === id('renrum'))?.highlights.description).toContain(
					'<mark>renrum</mark>',
				)
			})
		})

		describe('typical queries', () => {
			it('"lentivirus GMP grade B" and "CAR-T QC release"', async () => {
				expect(ids(await search({ q: 'lentivirus GMP grade B' }))).toContain(id('vectorSuite'))
				expect(ids(await search({ q: 'CAR-T QC release' }))).toEqual(
					expect.arrayContaining([id('renrum'), id('carTLab')]),
				)
			})
			it('ranks a match in the name above matches only in other text', async () => {
				const result = await search({ q: 'vector' })
				expect(ids(result)).toEqual(expect.arrayContaining([id('vectorSuite'), id('scriptLab'), id('cdmo')]))
				expect(ids(result)[0]).toBe(id('vectorSuite'))
			})
		})

		describe('facets and filters', () => {
			async function directCounts(column: string, where: string, params: unknown[]) {
				const rows = await prisma().$queryRawUnsafe<Array<{ code: string; n: number }>>(
					`SELECT code, count(*)::int AS n FROM (
						SELECT ${column === 'type' ? 'type::text' : `unnest("${column}")`} AS code FROM "Listing"
						WHERE status = 'published' AND visibility = 'public' AND "mergedIntoId" IS NULL AND ${where}
					) c GROUP BY code`,
					...params,
				)
				return Object.fromEntries(rows.map((row) => [row.code, row.n]))
			}

			it('counts each facet under all other filters, equal to a direct database count', async () => {
				const result = await search({ q: '', filters: { type: ['facility'], grade: ['B'] } })
				expect(result.total).toBe(2)
				expect(result.facets.modality).toEqual(
					await directCounts('modalities', `type = 'facility' AND 'B' = ANY("cleanroomGrades")`, []),
				)
				expect(result.facets.service).toEqual(
					await directCounts('services', `type = 'facility' AND 'B' = ANY("cleanroomGrades")`, []),
				)
				// A facet's own filter is left out of its counts.
				expect(result.facets.grade).toEqual(await directCounts('cleanroomGrades', `type = 'facility'`, []))
				expect(result.facets.type).toEqual(await directCounts('type', `'B' = ANY("cleanroomGrades")`, []))
			})

			it('counts without filters equal the database', async () => {
				const result = await search({ q: '' })
				expect(result.facets.type).toEqual(await directCounts('type', 'TRUE', []))
				expect(result.facets.modality).toEqual(await directCounts('modalities', 'TRUE', []))
				expect(result.facets.licence).toEqual(await directCounts('licences', 'TRUE', []))
				expect(result.facets.kind).toEqual({ academic: 12, cdmo: 3 })
				expect(result.facets.city).toEqual({ Huddinge: 12, Stockholm: 3 })
			})

			it('combines filters: OR within a facet, AND across facets, with text', async () => {
				const both = await search({ q: '', filters: { modality: ['car-t', 'aav'], type: ['facility'] } })
				expect(ids(both).sort()).toEqual([id('vectorSuite'), id('renrum'), id('fillFinish')].sort())
				const narrowed = await search({
					q: '',
					filters: { modality: ['car-t', 'aav'], type: ['facility'], licence: ['hospital-exemption'] },
				})
				expect(ids(narrowed)).toEqual([id('renrum')])
				const withText = await search({ q: 'fill', filters: { modality: ['aav'] } })
				expect(ids(withText)).toContain(id('fillFinish'))
				expect(withText.facets.modality?.aav).toBe(withText.total)
				expect(ids(await search({ q: '', filters: { city: ['Stockholm'], kind: ['cdmo'] } })).sort()).toEqual(
					[id('cdmo'), id('vectorSuite'), id('fillFinish')].sort(),
				)
			})

			it('counts each facet under the other two of three filters, equal to a direct database count', async () => {
				const result = await search({
					q: '',
					filters: {
						type: ['facility', 'lab'],
						modality: ['car-t', 'lentiviral'],
						service: ['qc-testing', 'cell-analytics'],
					},
				})
				const type = `type IN ('facility', 'lab')`
				const modality = `modalities && ARRAY['car-t', 'lentiviral']`
				const service = `services && ARRAY['qc-testing', 'cell-analytics']`
				expect(result.total).toBeGreaterThan(0)
				expect(result.facets.type).toEqual(await directCounts('type', `${modality} AND ${service}`, []))
				expect(result.facets.modality).toEqual(await directCounts('modalities', `${type} AND ${service}`, []))
				expect(result.facets.service).toEqual(await directCounts('services', `${type} AND ${modality}`, []))
				expect(result.facets.phase).toEqual(await directCounts('phases', `${type} AND ${modality} AND ${service}`, []))
			})

			it('counts a facet with text as if its own filter were not set', async () => {
				const filters = {
					type: ['facility', 'lab'],
					modality: ['car-t', 'lentiviral', 'aav'],
					service: ['qc-testing', 'gmp-manufacturing'],
				}
				const result = await search({ q: 'cell', filters })
				expect(result.total).toBeGreaterThan(0)
				for (const name of ['type', 'modality', 'service'] as const) {
					const others = Object.fromEntries(Object.entries(filters).filter(([key]) => key !== name))
					expect(result.facets[name]).toEqual((await search({ q: 'cell', filters: others })).facets[name])
				}
			})

			it('facet counts follow the text query', async () => {
				const result = await search({ q: 'lentiviral' })
				const typeTotal = Object.values(result.facets.type ?? {}).reduce((a, b) => a + b, 0)
				expect(typeTotal).toBe(result.total)
			})
		})

		describe('sorting and pagination', () => {
			it('sorts by name and by last update', async () => {
				const byName = await search({ q: '', sort: 'name', pageSize: 50 })
				const names = byName.hits.map((hit) => foldText(hit.name))
				expect(names).toEqual([...names].sort())
				const byUpdate = await search({ q: '', sort: 'updated', pageSize: 50 })
				const updated = await prisma().listing.findMany({
					where: { id: { in: ids(byUpdate) } },
					select: { id: true, updatedAt: true },
				})
				const time = new Map(updated.map((row) => [row.id, row.updatedAt.getTime()]))
				const times = ids(byUpdate).map((hitId) => time.get(hitId)!)
				expect(times).toEqual([...times].sort((a, b) => b - a))
			})

			it('pages through every result exactly once', async () => {
				const seen: string[] = []
				const first = await search({ q: '', filters: { type: ['lab'] }, pageSize: 3 })
				expect(first.total).toBe(8)
				for (let page = 1; page <= 3; page++) {
					const result = await search({ q: '', filters: { type: ['lab'] }, pageSize: 3, page, sort: 'name' })
					expect(result.page).toBe(page)
					expect(result.total).toBe(8)
					seen.push(...ids(result))
				}
				expect(seen).toHaveLength(8)
				expect(new Set(seen).size).toBe(8)
				expect((await search({ q: '', filters: { type: ['lab'] }, pageSize: 3, page: 4 })).hits).toEqual([])
			})
		})

		describe('highlights', () => {
			it('marks matches and escapes everything else', async () => {
				const result = await search({ q: 'lentiviral' })
				const hit = result.hits.find((h) => h.id === id('scriptLab'))!
				expect(hit.highlights.name).toBe('&lt;script&gt;alert(1)&lt;/script&gt; <mark>Lentiviral</mark> Analytics Lab')
				expect(hit.highlights.summary).toContain('&amp;')
				expect(hit.highlights.summary).toContain('&quot;<mark>lentiviral</mark>&quot;')
				for (const h of result.hits) for (const html of Object.values(h.highlights)) expectHtmlSafe(html!)
			})
			it('marks typo and prefix matches, and crops long text around the match', async () => {
				const typo = await search({ q: 'lentivrial' })
				expect(typo.hits.find((h) => h.id === id('vectorSuite'))?.highlights.name).toBe(
					'<mark>Lentiviral</mark> Vector Suite',
				)
				const prefix = await search({ q: 'renrumsanl' })
				// Engines differ in marking the whole word or only the typed prefix; both start the mark at the word.
				expect(prefix.hits.find((h) => h.id === id('renrum'))?.highlights.name).toMatch(
					/^<mark>Renrumsanl(äggningen)?<\/mark>/,
				)
			})
			it('has no highlights without a text query', async () => {
				const result = await search({ q: '' })
				expect(result.hits.every((hit) => Object.keys(hit.highlights).length === 0)).toBe(true)
			})
		})

		describe('visibility', () => {
			it('never returns draft, archived, merged or members-only listings', async () => {
				for (const q of [
					'lentiviral',
					'stealth',
					'draft facility',
					'archived',
					'Bertil',
					'old lentiviral vector suite',
					'',
				]) {
					const result = await search({ q, pageSize: 50 })
					for (const hidden of fixtures.hidden) expect(ids(result)).not.toContain(hidden)
				}
			})
			it('shows members-only experts to members only: hits, total and every facet count', async () => {
				const expert = id('membersExpert')
				for (const query of [
					{ q: 'Bertil' },
					{ q: 'lentiviral vectors' },
					{ q: '' },
					{ q: '', filters: { type: ['expert'] } },
					{ q: 'lentiviral', filters: { service: ['regulatory'] } },
				] satisfies SearchQuery[]) {
					const publicResult = await search({ ...query, pageSize: 50 })
					const membersResult = await search({ ...query, pageSize: 50, audience: 'members' })
					expect(ids(publicResult)).not.toContain(expert)
					expect(ids(membersResult)).toContain(expert)
					expect(membersResult.total).toBe(publicResult.total + 1)
					// The expert's type and service are counted for members, never for visitors.
					expect(membersResult.facets.type?.expert ?? 0).toBe((publicResult.facets.type?.expert ?? 0) + 1)
					expect(membersResult.facets.service?.regulatory ?? 0).toBe((publicResult.facets.service?.regulatory ?? 0) + 1)
				}
				// Browsing without text takes cached counts: one audience's never answer the other's.
				expect((await search({ q: '', filters: { type: ['expert'] } })).facets.type?.expert).toBe(
					(await search({ q: '', filters: { type: ['expert'] }, audience: 'members' })).facets.type!.expert! - 1,
				)
				// Members still never see drafts, archived or merged listings.
				const members = await search({ q: 'lentiviral', pageSize: 50, audience: 'members' })
				for (const hidden of fixtures.unindexed) expect(ids(members)).not.toContain(hidden)
			})
			it('keeps member-only fields out of the index', async () => {
				expect((await search({ q: SECRET_EMAIL })).total).toBe(0)
				expect((await search({ q: 'fcti' })).total).toBe(0)
			})
			it('removes deleted and unpublished listings', async () => {
				const suffix = randomBytes(3).toString('hex')
				const created = await Promise.all(
					['gone', 'hidden'].map((what) =>
						prisma().listing.create({
							data: {
								type: 'lab',
								ref: `lab-${what}-${suffix}`,
								slug: `${what}-${suffix}`,
								status: 'published',
								name: `Ephemeral ${what} Xylophage Lab`,
							},
						}),
					),
				)
				const before = await search({ q: '', filters: { type: ['lab'] } })
				await syncListings(
					engine,
					created.map((c) => c.id),
				)
				expect((await search({ q: 'xylophage' })).total).toBe(2)
				// Counts without text follow every write too.
				const during = await search({ q: '', filters: { type: ['lab'] } })
				expect(during.total).toBe(before.total + 2)
				expect(during.facets.type?.lab).toBe((before.facets.type?.lab ?? 0) + 2)

				await prisma().listing.delete({ where: { id: created[0]!.id } })
				await prisma().listing.update({ where: { id: created[1]!.id }, data: { status: 'draft' } })
				await syncListings(
					engine,
					created.map((c) => c.id),
				)
				expect((await search({ q: 'xylophage' })).total).toBe(0)
				expect((await search({ q: '', filters: { type: ['lab'] } })).total).toBe(before.total)
			})
		})

		describe('free capacity (availableBy, availableFrom–availableTo)', () => {
			it('finds facilities with one free window covering the day or period, in hits, total and counts', async () => {
				const suffix = randomBytes(3).toString('hex')
				const facility = (name: string, availableFrom?: string) =>
					prisma().listing.create({
						data: {
							type: 'facility',
							ref: `fac-cap-${name}-${suffix}`,
							slug: `cap-${name}-${suffix}`,
							status: 'published',
							name: `Capacity ${name} Quillwort Facility`,
							...(availableFrom ? { availableFrom: new Date(`${availableFrom}T00:00:00Z`) } : {}),
						},
					})
				const day = (date: string) => new Date(`${date}T00:00:00Z`)
				const windows = async (
					facilityId: string,
					suite: string,
					list: Array<[string, string, 'free' | 'tentative' | 'booked']>,
				) =>
					prisma().facilitySuite.create({
						data: {
							facilityId,
							name: suite,
							windows: { create: list.map(([from, to, state]) => ({ from: day(from), to: day(to), state })) },
						},
					})
				// Two suites whose free windows touch (one range), then booked.
				const joined = await facility('joined')
				await windows(joined.id, 'Suite 1', [
					['2031-03-01', '2031-05-31', 'free'],
					['2031-07-01', '2031-12-31', 'booked'],
				])
				await windows(joined.id, 'Suite 2', [['2031-06-01', '2031-06-30', 'free']])
				// Free, a gap (tentative), free again.
				const gap = await facility('gap')
				await windows(gap.id, 'A', [
					['2031-01-01', '2031-02-28', 'free'],
					['2031-03-01', '2031-03-31', 'tentative'],
					['2031-04-01', '2031-04-30', 'free'],
				])
				// No windows, only the old single date: free from it on.
				const dated = await facility('dated', '2031-02-01')
				// Windows that are all booked: never free, whatever its old date says.
				const booked = await facility('booked', '2031-01-01')
				await windows(booked.id, 'B', [['2031-01-01', '2031-12-31', 'booked']])
				const created = [joined, gap, dated, booked]
				await syncListings(
					engine,
					created.map((c) => c.id),
				)
				const found = async (from: string, to: string) => {
					const result = await search({ q: 'quillwort', available: { from, to } })
					expect(result.total).toBe(result.hits.length)
					expect(result.facets.type?.facility ?? 0).toBe(result.total)
					const hitIds = ids(result)
					return created.filter((c) => hitIds.includes(c.id)).map((c) => c.ref.split('-')[2])
				}
				expect(await found('2031-04-15', '2031-04-15')).toEqual(['joined', 'gap', 'dated'])
				expect(await found('2031-05-15', '2031-06-15')).toEqual(['joined', 'dated'])
				expect(await found('2031-02-15', '2031-02-20')).toEqual(['gap', 'dated'])
				expect(await found('2031-03-10', '2031-03-10')).toEqual(['joined', 'dated'])
				expect(await found('2031-01-15', '2031-01-15')).toEqual(['gap'])
				expect(await found('2032-01-01', '2032-01-01')).toEqual(['dated'])
				// Without the filter all four are there; browsing (no text) filters the same way.
				expect(await found('1900-01-01', '1900-01-01')).toEqual([])
				expect((await search({ q: 'quillwort' })).total).toBe(4)
				const browsing = await search({
					q: '',
					filters: { type: ['facility'] },
					available: { from: '2031-05-15', to: '2031-06-15' },
				})
				expect(ids(browsing)).toEqual(expect.arrayContaining([joined.id, dated.id]))
				expect(ids(browsing)).not.toContain(gap.id)
				expect(ids(browsing)).not.toContain(booked.id)

				await prisma().listing.deleteMany({ where: { id: { in: created.map((c) => c.id) } } })
				await syncListings(
					engine,
					created.map((c) => c.id),
				)
			})
			it('refuses dates that are no calendar days, out of range, or a period ending before it starts', () => {
				for (const available of [
					{ from: '2031-02-30', to: '2031-02-30' },
					{ from: '9999-01-01', to: '9999-01-01' },
					{ from: '2031-05-01', to: '2031-04-01' },
					{ from: '2031-01-01" OR 1=1', to: '2031-01-01' },
				])
					expect(() => normalizeSearchQuery({ available })).toThrow(SearchQueryError)
			})
		})

		describe('hostile input', () => {
			const hostile = [
				`" OR type = "lab`,
				`' OR 1=1 --`,
				`lentiviral" OR "1"="1`,
				'type = lab OR type = facility',
				`a\\"b\\\\`,
				`:* & | ! ( ) <-> <2>`,
				'lentiviral & !vector | (aav)',
				'NOT lentiviral',
				'%_%',
				'x'.repeat(10_000),
				'lentiviral '.repeat(500),
				'🧬 細胞 治療',
				'\u0000\uE000mark\uE001',
				// Words that are names of every JavaScript object, where the understanding looks words up.
				'constructor of 2027 __proto__ toString may',
				// Letters that unaccent turns into punctuation, last (a prefix) and alone.
				'lentiviral ʻ',
				'ʻ',
			]
			for (const q of hostile) {
				it(`answers safely for ${JSON.stringify(q.length > 40 ? `${q.slice(0, 37)}…` : q)}`, async () => {
					const result = await search({ q, pageSize: 50 })
					for (const hidden of fixtures.hidden) expect(ids(result)).not.toContain(hidden)
					for (const hit of result.hits) for (const html of Object.values(hit.highlights)) expectHtmlSafe(html!)
				})
			}
			it('treats operators as words, not syntax', async () => {
				expect((await search({ q: 'type = lab OR type = facility' })).total).toBe(0)
			})
			it('rejects unknown facets, unknown codes and quoted values before the engine', () => {
				expect(() => normalizeSearchQuery({ filters: { type: ['lab" OR type = "facility'] } })).toThrow(
					SearchQueryError,
				)
				expect(() => normalizeSearchQuery({ filters: { modality: ['crispr-unicorns'] } })).toThrow(SearchQueryError)
				expect(() => normalizeSearchQuery({ filters: { email: ['x'] } as never })).toThrow(SearchQueryError)
				expect(() => normalizeSearchQuery({ sort: 'id; DROP TABLE "Listing"' as never })).toThrow(SearchQueryError)
			})
			it('treats a hostile city (free text) as a plain value', async () => {
				const result = await search({
					q: '',
					filters: { city: [`Stockholm" OR city = "Huddinge`, `Huddinge') OR TRUE --`] },
				})
				expect(result.total).toBe(0)
			})
		})
	})
}

runContract('PostgreSQL engine', async () => new PostgresSearchEngine())

const meiliHost = process.env.MEILI_HOST
if (!meiliHost)
	console.info(
		'search contract: Meilisearch engine SKIPPED (no server configured: set MEILI_HOST, and MEILI_MASTER_KEY if it has one, to run it)',
	)
describe.skipIf(!meiliHost)(
	meiliHost ? 'Meilisearch engine' : 'Meilisearch engine (skipped: set MEILI_HOST to run)',
	() => {
		runContract('contract', async () => meilisearchTestEngine(meiliHost!))
	},
)
