// The funnel's figures against the database. Requests in every state are made
// through the use cases people's clicks call (submit, route, answer,
// introduce, close, the expiry run), placed in October 2026 by their clock
// arguments; each figure the page shows is then compared with a direct SQL
// query written here, not with the code under test.
import { beforeAll, describe, expect, it } from 'vitest'
import { closedTable, funnelTables } from '../../app/domain/analytics/analytics-tables.ts'
import { tableCsv } from '../../app/domain/analytics/table-csv.server.ts'
import { closedRequests } from '../../app/domain/analytics/closed-requests.server.ts'
import { matchmakingFunnel, type MatchmakingFunnel } from '../../app/domain/analytics/matchmaking-funnel.server.ts'
import { neighbourPeriod, periodFromQuery, type Period } from '../../app/domain/analytics/period.ts'
import { quantile, waitingTimes } from '../../app/domain/analytics/percentile.ts'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { acceptTerms } from '../../app/domain/requests/accept-terms.server.ts'
import { addCandidate } from '../../app/domain/requests/add-candidate.server.ts'
import { closeRequest } from '../../app/domain/requests/close-request.server.ts'
import { introduceProvider } from '../../app/domain/requests/introduce-provider.server.ts'
import { processDueRoutes } from '../../app/domain/requests/process-due-routes.server.ts'
import { respondToRoute } from '../../app/domain/requests/respond-to-route.server.ts'
import { routeRequest } from '../../app/domain/requests/route-request.server.ts'
import { saveRequest } from '../../app/domain/requests/save-request.server.ts'
import { translator } from '../../app/i18n/messages.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { requestFields } from '../support/requests.ts'

const baseUrl = 'https://hub.test'
const HOUR = 3_600_000
withTestDatabase()

const october = periodFromQuery(new URLSearchParams({ period: 'month', month: '2026-10' }))
let coordinator: Actor
let requesterMember: Actor
let cdmoRequesterMember: Actor
let answering: Actor
let requesterOrg: { id: string }
let cdmoRequester: { id: string }
let answeringOrg: { id: string; name: string }
let silentOrg: { id: string; name: string }
const ids: Record<string, string> = {}

/** Submits a request and dates its submission (the clock of saveRequest is the real one). */
async function submittedAt(
	key: string,
	at: string,
	options: { actor?: Actor; modalities?: string[]; organizationId?: string } = {},
) {
	const actor = options.actor ?? requesterMember
	const { requestId } = await saveRequest({
		actor,
		fields: requestFields(options.organizationId ?? requesterOrg.id, {
			title: `Request ${key}`,
			...(options.modalities ? { modalities: options.modalities } : {}),
		}),
		intent: 'submit',
		contentLocale: 'en',
		baseUrl,
	})
	await prisma().matchRequest.update({ where: { id: requestId }, data: { submittedAt: new Date(at) } })
	ids[key] = requestId
	return requestId
}

async function routed(requestId: string, at: Date, listingIds: string[], expiryDays = 365) {
	return (
		await routeRequest({ actor: coordinator, requestId, listingIds, baseUrl, now: at, expiryDays, reminderDays: 300 })
	).routeIds
}

async function answer(routeId: string, kind: 'interested' | 'declined' | 'question', at: Date) {
	if (kind !== 'declined') await acceptTerms({ actor: answering, routeId, now: at })
	await respondToRoute({ actor: answering, routeId, kind, baseUrl, now: at })
}

beforeAll(async () => {
	requesterOrg = await createListing({ type: 'organization', name: 'Frågeställaren AB', kind: 'company' })
	cdmoRequester = await createListing({ type: 'organization', name: 'Frågande CDMO AB', kind: 'cdmo' })
	answeringOrg = await createListing({
		type: 'organization',
		name: 'Svarande Vektor AB',
		services: ['viral-vector-production'],
		modalities: ['lentiviral'],
	})
	silentOrg = await createListing({
		type: 'organization',
		name: 'Tyst Leverantör AB',
		services: ['viral-vector-production'],
		modalities: ['lentiviral'],
	})
	requesterMember = await createUser({ memberships: [{ organizationId: requesterOrg.id }] })
	cdmoRequesterMember = await createUser({ memberships: [{ organizationId: cdmoRequester.id }] })
	answering = await createUser({ memberships: [{ organizationId: answeringOrg.id }] })
	// The silent provider has an account, so it can be routed to; it never answers.
	await createUser({ memberships: [{ organizationId: silentOrg.id }] })
	coordinator = await createUser({ platformRole: 'coordinator' })

	// A draft never counts.
	await saveRequest({
		actor: requesterMember,
		fields: requestFields(requesterOrg.id),
		intent: 'save',
		contentLocale: 'en',
		baseUrl,
	})

	// Submitted, nothing else.
	await submittedAt('waiting', '2026-10-01T08:00:00Z')
	// Triaged: the coordinator worked on its candidates but routed nothing yet.
	const triaged = await submittedAt('triaged', '2026-10-02T08:00:00Z')
	await addCandidate({ actor: coordinator, requestId: triaged, listingId: silentOrg.id })
	// Routed to the silent provider: no answer yet.
	await routed(await submittedAt('routed', '2026-10-03T08:00:00Z'), new Date('2026-10-03T10:00:00Z'), [silentOrg.id])
	// Routed, and the route expired unanswered.
	await routed(
		await submittedAt('expired', '2026-10-04T08:00:00Z'),
		new Date('2026-10-04T14:00:00Z'),
		[silentOrg.id],
		2,
	)
	await processDueRoutes({ baseUrl, now: new Date('2026-10-08T00:00:00Z') })
	// Answered with a question.
	const [questioned] = await routed(
		await submittedAt('question', '2026-10-05T08:00:00Z', { modalities: ['aav'] }),
		new Date('2026-10-05T09:00:00Z'),
		[answeringOrg.id, silentOrg.id],
	)
	await answer(questioned!, 'question', new Date('2026-10-05T12:00:00Z'))
	// Answered with a decline.
	const [declined] = await routed(
		await submittedAt('declined', '2026-10-06T08:00:00Z'),
		new Date('2026-10-06T20:00:00Z'),
		[answeringOrg.id],
	)
	await answer(declined!, 'declined', new Date('2026-10-07T20:00:00Z'))
	// A provider interested.
	const [interested] = await routed(
		await submittedAt('interested', '2026-10-07T08:00:00Z', {
			actor: cdmoRequesterMember,
			organizationId: cdmoRequester.id,
		}),
		new Date('2026-10-07T08:30:00Z'),
		[answeringOrg.id],
	)
	await answer(interested!, 'interested', new Date('2026-10-08T08:30:00Z'))
	// Introduced, still open.
	const [introduced] = await routed(
		await submittedAt('introduced', '2026-10-08T08:00:00Z'),
		new Date('2026-10-08T12:00:00Z'),
		[answeringOrg.id],
	)
	await answer(introduced!, 'interested', new Date('2026-10-09T12:00:00Z'))
	await introduceProvider({
		actor: requesterMember,
		routeId: introduced!,
		baseUrl,
		now: new Date('2026-10-10T12:00:00Z'),
	})
	// Closed: partner found.
	const partner = await submittedAt('partner', '2026-10-09T08:00:00Z')
	const [partnerRoute] = await routed(partner, new Date('2026-10-09T09:00:00Z'), [answeringOrg.id, silentOrg.id])
	await answer(partnerRoute!, 'interested', new Date('2026-10-09T11:00:00Z'))
	await introduceProvider({
		actor: requesterMember,
		routeId: partnerRoute!,
		baseUrl,
		now: new Date('2026-10-10T09:00:00Z'),
	})
	await closeRequest({
		actor: requesterMember,
		requestId: partner,
		outcome: 'partner_found',
		feedback: [],
		baseUrl,
		now: new Date('2026-10-20T09:00:00Z'),
	})
	// Closed: no fit after a decline.
	const noFit = await submittedAt('noFit', '2026-10-10T08:00:00Z')
	const [noFitRoute] = await routed(noFit, new Date('2026-10-10T09:00:00Z'), [answeringOrg.id])
	await answer(noFitRoute!, 'declined', new Date('2026-10-10T15:00:00Z'))
	await closeRequest({
		actor: requesterMember,
		requestId: noFit,
		outcome: 'no_fit',
		feedback: [],
		baseUrl,
		now: new Date('2026-10-21T09:00:00Z'),
	})
	// Closed: withdrawn before the hub did anything.
	await closeRequest({
		actor: requesterMember,
		requestId: await submittedAt('withdrawn', '2026-10-11T08:00:00Z'),
		outcome: 'withdrawn',
		feedback: [],
		baseUrl,
		now: new Date('2026-10-12T09:00:00Z'),
	})
	// Submitted in September: outside the funnel, but closed in October, so in October's closed list.
	const september = await submittedAt('september', '2026-09-20T08:00:00Z')
	await routed(september, new Date('2026-09-20T09:00:00Z'), [answeringOrg.id])
	await closeRequest({
		actor: requesterMember,
		requestId: september,
		outcome: 'no_fit',
		feedback: [],
		baseUrl,
		now: new Date('2026-10-02T09:00:00Z'),
	})
	// Submitted on 1 November, Stockholm time (31 October 23:30 UTC): outside October.
	await submittedAt('november', '2026-10-31T23:30:00Z')

	// Suggestions as the ranking would have stored them: none, weak ones and a strong one.
	await prisma().matchCandidate.deleteMany({ where: { requestId: ids.waiting } })
	await prisma().matchCandidate.updateMany({ where: { requestId: ids.triaged }, data: { score: 1.4 } })
	await prisma().matchCandidate.updateMany({ where: { requestId: ids.routed }, data: { score: 5.6 } })
}, 120_000)

const range = (period: Period) => [period.start, period.end] as const

async function one<T>(sql: string, ...values: unknown[]): Promise<T> {
	return ((await prisma().$queryRawUnsafe(sql, ...values)) as T[])[0]!
}

// The cohort, written once in SQL: non-draft requests submitted in [start, end).
const cohort = `SELECT * FROM "MatchRequest" WHERE status <> 'draft' AND "submittedAt" >= $1 AND "submittedAt" < $2`

describe('the funnel of a month', () => {
	let funnel: MatchmakingFunnel
	beforeAll(async () => {
		funnel = await matchmakingFunnel(october, 'en')
	})

	it('counts each stage as the database does', async () => {
		const sql = await one<Record<string, bigint>>(
			`WITH c AS (${cohort})
			SELECT
				count(*) AS submitted,
				count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "MatchRoute" r WHERE r."requestId" = c.id)
					OR EXISTS (SELECT 1 FROM "AuditEntry" a WHERE a."entityType" = 'request' AND a."entityId" = c.id::text
						AND a.action IN ('request.candidateAdded', 'request.candidateRemoved', 'request.routed'))) AS triaged,
				count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "MatchRoute" r WHERE r."requestId" = c.id)) AS routed,
				count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "MatchRoute" r WHERE r."requestId" = c.id AND r."firstRespondedAt" IS NOT NULL)) AS answered,
				count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "MatchRoute" r JOIN "MatchResponse" m ON m."routeId" = r.id
					WHERE r."requestId" = c.id AND m.kind = 'interested')) AS interested,
				count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "MatchRoute" r WHERE r."requestId" = c.id AND r.status = 'introduced')) AS introduced,
				count(*) FILTER (WHERE c.status = 'closed') AS closed
			FROM c`,
			...range(october),
		)
		const counts = Object.fromEntries(funnel.stages.map((stage) => [stage.stage, stage.count]))
		expect(counts).toEqual(Object.fromEntries(Object.entries(sql).map(([stage, count]) => [stage, Number(count)])))
		// The seeded set, so the query above cannot pass by being empty.
		expect(counts).toEqual({
			submitted: 11,
			triaged: 9,
			routed: 8,
			answered: 6,
			interested: 3,
			introduced: 2,
			closed: 3,
		})
	})

	it('gives the conversion between consecutive stages, and "closed" as a share of submitted only', () => {
		const [submitted, triaged, routed, , , , closed] = funnel.stages
		expect(submitted!.ofPrevious).toBeNull()
		expect(triaged!.ofPrevious).toBeCloseTo(9 / 11)
		expect(routed!.ofPrevious).toBeCloseTo(8 / 9)
		expect(closed!.ofPrevious).toBeNull()
		expect(closed!.ofSubmitted).toBeCloseTo(3 / 11)
	})

	it('splits the outcomes as the database does, expired being open requests whose every route expired', async () => {
		const sql = await one<Record<string, bigint>>(
			`WITH c AS (${cohort})
			SELECT
				count(*) FILTER (WHERE outcome = 'partner_found') AS partner_found,
				count(*) FILTER (WHERE outcome = 'no_fit') AS no_fit,
				count(*) FILTER (WHERE outcome = 'withdrawn') AS withdrawn,
				count(*) FILTER (WHERE status <> 'closed' AND EXISTS (SELECT 1 FROM "MatchRoute" r WHERE r."requestId" = c.id)
					AND NOT EXISTS (SELECT 1 FROM "MatchRoute" r WHERE r."requestId" = c.id AND r.status <> 'expired')) AS expired
			FROM c`,
			...range(october),
		)
		const outcomes = Object.fromEntries(funnel.outcomes.map((row) => [row.outcome, row.count]))
		for (const [outcome, count] of Object.entries(sql)) expect(outcomes[outcome], outcome).toBe(Number(count))
		expect(outcomes.expired).toBe(1)
		expect(Object.values(outcomes).reduce((a, b) => a + b, 0)).toBe(11)
	})

	it('measures time to triage and to first answer with PostgreSQL’s own percentiles', async () => {
		const triage = await one<{ count: bigint; median: number; p90: number }>(
			`WITH c AS (${cohort}), t AS (
				SELECT c."submittedAt", LEAST(
					(SELECT min(r."createdAt") FROM "MatchRoute" r WHERE r."requestId" = c.id),
					(SELECT min(a."createdAt") FROM "AuditEntry" a WHERE a."entityType" = 'request' AND a."entityId" = c.id::text
						AND a.action IN ('request.candidateAdded', 'request.candidateRemoved', 'request.routed'))) AS at
				FROM c)
			SELECT count(at) AS count,
				percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM at - "submittedAt")) / 3600 AS median,
				percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM at - "submittedAt")) / 3600 AS p90
			FROM t WHERE at IS NOT NULL`,
			...range(october),
		)
		expect(funnel.timing.toTriage.count).toBe(Number(triage.count))
		expect(funnel.timing.toTriage.medianHours).toBeCloseTo(Number(triage.median), 1)
		expect(funnel.timing.toTriage.p90Hours).toBeCloseTo(Number(triage.p90), 1)

		const answer = await one<{ count: bigint; median: number; p90: number }>(
			`SELECT count(*) AS count,
				percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r."firstRespondedAt" - r."createdAt")) / 3600 AS median,
				percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM r."firstRespondedAt" - r."createdAt")) / 3600 AS p90
			FROM "MatchRoute" r JOIN (${cohort}) c ON c.id = r."requestId" WHERE r."firstRespondedAt" IS NOT NULL`,
			...range(october),
		)
		// Answers after 3, 24, 24, 24, 2 and 6 hours.
		expect(Number(answer.count)).toBe(6)
		expect(funnel.timing.toFirstAnswer).toEqual({ count: 6, medianHours: 15, p90Hours: 24 })
		expect(funnel.timing.toFirstAnswer.medianHours).toBeCloseTo(Number(answer.median), 1)
		expect(funnel.timing.toFirstAnswer.p90Hours).toBeCloseTo(Number(answer.p90), 1)
	})

	it('gives each provider organisation its routes and answers', async () => {
		const rows = (await prisma().$queryRawUnsafe(
			`SELECT COALESCE(r."providerOrganizationId", r."providerListingId")::text AS id, count(*) AS routed,
				count(r."firstRespondedAt") AS answered, count(*) FILTER (WHERE r.status = 'expired') AS expired
			FROM "MatchRoute" r JOIN (${cohort}) c ON c.id = r."requestId" GROUP BY 1`,
			...range(october),
		)) as Array<{ id: string; routed: bigint; answered: bigint; expired: bigint }>
		expect(
			funnel.providers
				.map((row) => ({ id: row.organizationId, routed: row.routed, answered: row.answered, expired: row.expired }))
				.sort((a, b) => a.id.localeCompare(b.id)),
		).toEqual(
			rows
				.map((row) => ({
					id: row.id,
					routed: Number(row.routed),
					answered: Number(row.answered),
					expired: Number(row.expired),
				}))
				.sort((a, b) => a.id.localeCompare(b.id)),
		)
		const silent = funnel.providers.find((row) => row.organizationId === silentOrg.id)!
		expect(silent).toMatchObject({ name: 'Tyst Leverantör AB', answered: 0, answerRate: 0 })
		const answeringRow = funnel.providers.find((row) => row.organizationId === answeringOrg.id)!
		expect(answeringRow.answerRate).toBe(1)
	})

	it('breaks the requests down by modality, service and the requester’s kind, with labels in the viewer’s language', async () => {
		const modalities = (await prisma().$queryRawUnsafe(
			`SELECT m AS code, count(*) AS n FROM (${cohort}) c, unnest(c.modalities) m GROUP BY m`,
			...range(october),
		)) as Array<{ code: string; n: bigint }>
		expect(Object.fromEntries(funnel.breakdowns.modality.map((row) => [row.code, row.submitted]))).toEqual(
			Object.fromEntries(modalities.map((row) => [row.code, Number(row.n)])),
		)
		const kinds = (await prisma().$queryRawUnsafe(
			`SELECT COALESCE(l.kind, '') AS code, count(*) AS n FROM (${cohort}) c JOIN "Listing" l ON l.id = c."organizationId" GROUP BY 1`,
			...range(october),
		)) as Array<{ code: string; n: bigint }>
		expect(Object.fromEntries(funnel.breakdowns.organizationKind.map((row) => [row.code, row.submitted]))).toEqual(
			Object.fromEntries(kinds.map((row) => [row.code, Number(row.n)])),
		)
		const services = (await prisma().$queryRawUnsafe(
			`SELECT s AS code, count(*) AS n FROM (${cohort}) c, unnest(c.services) s GROUP BY s`,
			...range(october),
		)) as Array<{ code: string; n: bigint }>
		expect(Object.fromEntries(funnel.breakdowns.service.map((row) => [row.code, row.submitted]))).toEqual(
			Object.fromEntries(services.map((row) => [row.code, Number(row.n)])),
		)
		expect(funnel.breakdowns.organizationKind.find((row) => row.code === 'cdmo')?.label).toBe(
			'Contract development & manufacturing (CDMO)',
		)
		const swedish = await matchmakingFunnel(october, 'sv')
		expect(swedish.breakdowns.organizationKind.find((row) => row.code === 'cdmo')?.label).toBe(
			'Kontraktstillverkare (CDMO)',
		)
	})

	it('lists as coverage gaps the requests whose best suggestion was weak or missing', async () => {
		const gaps = (await prisma().$queryRawUnsafe(
			`SELECT c.id::text AS id FROM (${cohort}) c
			WHERE COALESCE((SELECT max(score) FROM "MatchCandidate" m WHERE m."requestId" = c.id AND m.source = 'suggested'), 0) < 3`,
			...range(october),
		)) as Array<{ id: string }>
		expect(funnel.gaps.map((gap) => gap.id).sort()).toEqual(gaps.map((gap) => gap.id).sort())
		expect(funnel.gaps.map((gap) => gap.id)).toContain(ids.triaged)
		expect(funnel.gaps.map((gap) => gap.id)).not.toContain(ids.routed)
		expect(funnel.gaps.find((gap) => gap.id === ids.waiting)?.bestScorePercent).toBeNull()
		expect(funnel.gaps.find((gap) => gap.id === ids.triaged)?.bestScorePercent).toBe(20)
	})

	it('leaves out what falls outside the period, in Stockholm time', async () => {
		const september = await matchmakingFunnel(neighbourPeriod(october, -1), 'en')
		expect(september.stages[0]!.count).toBe(1)
		const november = await matchmakingFunnel(neighbourPeriod(october, 1), 'en')
		expect(november.stages[0]!.count).toBe(1)
		const oneDay = await matchmakingFunnel(
			periodFromQuery(new URLSearchParams({ period: 'custom', from: '2026-10-03', to: '2026-10-04' })),
			'en',
		)
		expect(oneDay.stages.map((stage) => stage.count)).toEqual([2, 2, 2, 0, 0, 0, 0])
	})

	it('writes the same figures into the CSV, with a byte-order mark and translated headers', () => {
		const table = funnelTables(translator('sv'), funnel).find((candidate) => candidate.id === 'funnel')!
		const csv = tableCsv(table)
		expect(csv.startsWith('\uFEFFSteg,Förfrågningar,Av steget före (%),Av inskickade (%)\r\n')).toBe(true)
		expect(csv).toContain('Inskickad,11,,100\r\n')
		expect(csv).toContain('Granskad av hubben,9,81.8,81.8\r\n')
		// A title a member typed never runs as a spreadsheet formula.
		const hostile = tableCsv({ ...table, rows: [['=HYPERLINK("http://evil.example")', 1, null, null]] })
		expect(hostile).toContain(`"'=HYPERLINK(""http://evil.example"")",1,,`)
	})
})

describe('the closed requests of a period', () => {
	it('lists those closed in the period with outcome, requester and partner, as the database counts them', async () => {
		const count = async (outcome?: string) =>
			Number(
				(
					await one<{ n: bigint }>(
						`SELECT count(*) AS n FROM "MatchRequest" WHERE status = 'closed' AND "closedAt" >= $1 AND "closedAt" < $2 ${outcome ? 'AND outcome = $3::"RequestOutcome"' : ''}`,
						...range(october),
						...(outcome ? [outcome] : []),
					)
				).n,
			)
		const all = await closedRequests({ period: october })
		expect(all.total).toBe(await count())
		expect(all.total).toBe(4)
		const noFit = await closedRequests({ period: october, outcome: 'no_fit' })
		expect(noFit.total).toBe(await count('no_fit'))
		expect(noFit.rows.map((row) => row.id).sort()).toEqual([ids.noFit, ids.september].sort())
		const partner = all.rows.find((row) => row.id === ids.partner)!
		expect(partner).toMatchObject({
			outcome: 'partner_found',
			requesterName: 'Frågeställaren AB',
			partners: ['Svarande Vektor AB'],
		})
		const csv = tableCsv(closedTable(translator('en'), all.rows))
		expect(csv).toContain('Request partner,')
		expect(csv).toContain('Partner found,2026-10-20T09:00:00.000Z,Frågeställaren AB,Svarande Vektor AB')
	})

	it('goes no further than its last page', async () => {
		const last = await closedRequests({ period: october, page: 99 })
		expect(last.page).toBe(1)
		expect(last.rows).toHaveLength(4)
	})
})

describe('percentiles', () => {
	it('interpolates between ranks like percentile_cont', () => {
		expect(quantile([], 0.5)).toBeNull()
		expect(quantile([7], 0.9)).toBe(7)
		expect(quantile([1, 2, 3, 4, 10], 0.5)).toBe(3)
		expect(quantile([10, 1, 4, 3, 2], 0.9)).toBeCloseTo(7.6)
		expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5)
		expect(waitingTimes([HOUR, 2 * HOUR, 3 * HOUR, 4 * HOUR, 10 * HOUR])).toEqual({
			count: 5,
			medianHours: 3,
			p90Hours: 7.6,
		})
	})
})

describe('periods', () => {
	it('reads months, quarters and ranges, and falls back to this quarter with the reason', () => {
		const now = new Date('2026-12-05T12:00:00Z')
		expect(periodFromQuery(new URLSearchParams(), now)).toMatchObject({
			kind: 'quarter',
			from: '2026-10-01',
			to: '2026-12-31',
			problem: null,
		})
		expect(periodFromQuery(new URLSearchParams({ period: 'quarter', quarter: '2027-Q1' }), now)).toMatchObject({
			from: '2027-01-01',
			to: '2027-03-31',
		})
		expect(october.start.toISOString()).toBe('2026-09-30T22:00:00.000Z')
		expect(october.end.toISOString()).toBe('2026-10-31T23:00:00.000Z')
		expect(
			periodFromQuery(new URLSearchParams({ period: 'custom', from: '2026-10-05', to: '2026-10-01' }), now).problem,
		).toBe('custom-order')
		expect(
			periodFromQuery(new URLSearchParams({ period: 'custom', from: '2026-02-30', to: '2026-03-01' }), now).problem,
		).toBe('custom-incomplete')
		expect(periodFromQuery(new URLSearchParams({ period: 'month', month: '9999-01' }), now).problem).toBe(
			'out-of-range',
		)
		expect(
			neighbourPeriod(periodFromQuery(new URLSearchParams({ period: 'month', month: '2026-12' }), now), 1).month,
		).toBe('2027-01')
	})
})
