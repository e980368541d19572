// The matchmaking funnel of one period (docs/decisions/041): of the requests
// submitted in the period, how many got how far, how they ended, how long
// people waited, which providers answer, and where the directory had nobody
// good to suggest. Read-only; every figure is recomputed from the requests,
// their routes and the audit log, so nothing has to be kept in step.
import { prisma } from '~/utils/db.server.ts'
import { termLabel, type Locale } from '../../taxonomy/taxonomy.ts'
import { GAIN, scorePercent } from '../matching/scoring.ts'
import type { Period } from './period.ts'
import { waitingTimes, type WaitingTimes } from './percentile.ts'

export const funnelStages = [
	'submitted',
	'triaged',
	'routed',
	'answered',
	'interested',
	'introduced',
	'closed',
] as const
export type FunnelStage = (typeof funnelStages)[number]

export const outcomeGroups = ['partner_found', 'no_fit', 'withdrawn', 'expired', 'open'] as const
export type OutcomeGroup = (typeof outcomeGroups)[number]

/** What a coordinator does to a request in triage; the first of these (or the first route) is when it was triaged. */
export const triageActions = ['request.candidateAdded', 'request.candidateRemoved', 'request.routed'] as const

/**
 * A best suggestion below this score is a coverage gap: not even one provider
 * was likely to offer both the service and the modality asked for (the
 * ranking's "service and modality" grade, scoring.ts).
 */
export const WEAK_SUGGESTION_SCORE = GAIN.serviceAndModality

export interface StageCount {
	stage: FunnelStage
	count: number
	/** The share of the stage before (0–1); null for the first stage, for "closed" (requests close from any stage) and when the stage before is empty. */
	ofPrevious: number | null
	/** The share of all submitted requests (0–1), null when none were submitted. */
	ofSubmitted: number | null
}

export interface ProviderAnswers {
	organizationId: string
	name: string
	routed: number
	answered: number
	interested: number
	declined: number
	expired: number
	/** answered / routed */
	answerRate: number
}

export interface BreakdownRow {
	code: string
	/** The taxonomy's label in the viewer's language ("" for requests that name none: the page says "not stated"). */
	label: string
	submitted: number
	routed: number
	introduced: number
	partnerFound: number
}

export interface CoverageGap {
	id: string
	ref: string
	title: string
	organizationName: string
	submittedAt: string
	/** The best suggestion's score as a percentage of a perfect match; null when nothing was suggested. */
	bestScorePercent: number | null
}

export interface MatchmakingFunnel {
	stages: StageCount[]
	outcomes: Array<{ outcome: OutcomeGroup; count: number }>
	timing: { toTriage: WaitingTimes; toFirstAnswer: WaitingTimes }
	providers: ProviderAnswers[]
	breakdowns: { modality: BreakdownRow[]; service: BreakdownRow[]; organizationKind: BreakdownRow[] }
	gaps: CoverageGap[]
	weakScorePercent: number
}

const share = (part: number, whole: number) => (whole ? part / whole : null)

/** The funnel of the requests submitted within the period. */
export async function matchmakingFunnel(
	period: Pick<Period, 'start' | 'end'>,
	locale: Locale,
): Promise<MatchmakingFunnel> {
	const db = prisma()
	const requests = await db.matchRequest.findMany({
		where: { status: { not: 'draft' }, submittedAt: { gte: period.start, lt: period.end } },
		orderBy: { submittedAt: 'asc' },
		select: {
			id: true,
			ref: true,
			title: true,
			status: true,
			outcome: true,
			submittedAt: true,
			services: true,
			modalities: true,
			organization: { select: { name: true, kind: true } },
			routes: {
				select: {
					status: true,
					createdAt: true,
					firstRespondedAt: true,
					introducedAt: true,
					providerListingId: true,
					providerOrganizationId: true,
					providerListing: { select: { name: true } },
					providerOrganization: { select: { name: true } },
					responses: { where: { kind: 'interested' }, select: { id: true }, take: 1 },
				},
			},
			candidates: { where: { source: 'suggested' }, orderBy: { score: 'desc' }, select: { score: true }, take: 1 },
		},
	})
	const firstTriage = new Map(
		(
			await db.auditEntry.groupBy({
				by: ['entityId'],
				where: {
					entityType: 'request',
					action: { in: [...triageActions] },
					entityId: { in: requests.map((r) => r.id) },
				},
				_min: { createdAt: true },
			})
		).map((group) => [group.entityId, group._min.createdAt]),
	)

	const reached: Record<FunnelStage, number> = {
		submitted: 0,
		triaged: 0,
		routed: 0,
		answered: 0,
		interested: 0,
		introduced: 0,
		closed: 0,
	}
	const outcomes: Record<OutcomeGroup, number> = { partner_found: 0, no_fit: 0, withdrawn: 0, expired: 0, open: 0 }
	const toTriage: number[] = []
	const toFirstAnswer: number[] = []
	const providers = new Map<string, ProviderAnswers>()
	const breakdowns = {
		modality: new Map<string, BreakdownRow>(),
		service: new Map<string, BreakdownRow>(),
		organizationKind: new Map<string, BreakdownRow>(),
	}
	const gaps: CoverageGap[] = []

	for (const request of requests) {
		const submittedAt = request.submittedAt!
		const routes = request.routes
		const routed = routes.length > 0
		const interested = routes.some(
			(route) => route.responses.length > 0 || route.introducedAt !== null || route.status === 'introduced',
		)
		const introduced = routes.some((route) => route.introducedAt !== null || route.status === 'introduced')
		const firstRouteAt = routes.reduce<Date | null>(
			(first, route) => (!first || route.createdAt < first ? route.createdAt : first),
			null,
		)
		const audited = firstTriage.get(request.id) ?? null
		const triagedAt = [audited, firstRouteAt]
			.filter((date): date is Date => Boolean(date))
			.sort((a, b) => a.getTime() - b.getTime())[0]

		reached.submitted++
		if (triagedAt) {
			reached.triaged++
			toTriage.push(Math.max(0, triagedAt.getTime() - submittedAt.getTime()))
		}
		if (routed) reached.routed++
		if (routes.some((route) => route.firstRespondedAt !== null)) reached.answered++
		if (interested) reached.interested++
		if (introduced) reached.introduced++
		if (request.status === 'closed') reached.closed++

		if (request.status === 'closed' && request.outcome) outcomes[request.outcome]++
		else if (routed && routes.every((route) => route.status === 'expired')) outcomes.expired++
		else outcomes.open++

		for (const route of routes) {
			if (route.firstRespondedAt) toFirstAnswer.push(route.firstRespondedAt.getTime() - route.createdAt.getTime())
			const key = route.providerOrganizationId ?? route.providerListingId
			const row = providers.get(key) ?? {
				organizationId: key,
				name: route.providerOrganization?.name ?? route.providerListing.name,
				routed: 0,
				answered: 0,
				interested: 0,
				declined: 0,
				expired: 0,
				answerRate: 0,
			}
			row.routed++
			if (route.firstRespondedAt) row.answered++
			if (route.responses.length || route.introducedAt || route.status === 'introduced') row.interested++
			if (route.status === 'declined') row.declined++
			if (route.status === 'expired') row.expired++
			providers.set(key, row)
		}

		const count = (map: Map<string, BreakdownRow>, code: string, label: string) => {
			const row = map.get(code) ?? { code, label, submitted: 0, routed: 0, introduced: 0, partnerFound: 0 }
			row.submitted++
			if (routed) row.routed++
			if (introduced) row.introduced++
			if (request.outcome === 'partner_found') row.partnerFound++
			map.set(code, row)
		}
		for (const code of new Set(request.modalities))
			count(breakdowns.modality, code, termLabel('modalities', code, locale))
		for (const code of new Set(request.services)) count(breakdowns.service, code, termLabel('services', code, locale))
		const kind = request.organization.kind
		count(breakdowns.organizationKind, kind ?? '', kind ? termLabel('organizationKinds', kind, locale) : '')

		const best = request.candidates[0]?.score
		if (best === undefined || best < WEAK_SUGGESTION_SCORE)
			gaps.push({
				id: request.id,
				ref: request.ref,
				title: request.title,
				organizationName: request.organization.name,
				submittedAt: submittedAt.toISOString(),
				bestScorePercent: best === undefined ? null : scorePercent(best),
			})
	}

	const stages = funnelStages.map((stage, index): StageCount => {
		const previous = index > 0 ? funnelStages[index - 1]! : null
		return {
			stage,
			count: reached[stage],
			ofPrevious: previous && stage !== 'closed' ? share(reached[stage], reached[previous]) : null,
			ofSubmitted: share(reached[stage], reached.submitted),
		}
	})
	const byLabel = (a: BreakdownRow, b: BreakdownRow) =>
		b.submitted - a.submitted || a.label.localeCompare(b.label, locale)
	return {
		stages,
		outcomes: outcomeGroups.map((outcome) => ({ outcome, count: outcomes[outcome] })),
		timing: { toTriage: waitingTimes(toTriage), toFirstAnswer: waitingTimes(toFirstAnswer) },
		providers: [...providers.values()]
			.map((row) => ({ ...row, answerRate: row.answered / row.routed }))
			.sort((a, b) => b.routed - a.routed || a.name.localeCompare(b.name, locale)),
		breakdowns: {
			modality: [...breakdowns.modality.values()].sort(byLabel),
			service: [...breakdowns.service.values()].sort(byLabel),
			organizationKind: [...breakdowns.organizationKind.values()].sort(byLabel),
		},
		gaps: gaps.sort(
			(a, b) => (a.bestScorePercent ?? -1) - (b.bestScorePercent ?? -1) || a.submittedAt.localeCompare(b.submittedAt),
		),
		weakScorePercent: scorePercent(WEAK_SUGGESTION_SCORE),
	}
}
