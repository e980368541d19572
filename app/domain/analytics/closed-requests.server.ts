// The requests that closed in a period, with how they ended and with whom:
// the list a coordinator reads after the funnel's outcome figures.
import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import { requestOutcomes, type RequestOutcome } from '../requests/lifecycle.ts'
import type { Period } from './period.ts'

export const CLOSED_PAGE_SIZE = 25

export interface ClosedRequestRow {
	id: string
	ref: string
	title: string
	outcome: RequestOutcome | null
	closedAt: string
	requesterName: string
	/** The providers the requester was introduced to, by name. */
	partners: string[]
}

export function isRequestOutcome(value: unknown): value is RequestOutcome {
	return typeof value === 'string' && (requestOutcomes as readonly string[]).includes(value)
}

function closedWhere(
	period: Pick<Period, 'start' | 'end'>,
	outcome: RequestOutcome | undefined,
): Prisma.MatchRequestWhereInput {
	return { status: 'closed', closedAt: { gte: period.start, lt: period.end }, ...(outcome ? { outcome } : {}) }
}

const rowSelect = {
	id: true,
	ref: true,
	title: true,
	outcome: true,
	closedAt: true,
	organization: { select: { name: true } },
	routes: {
		where: { OR: [{ introducedAt: { not: null } }, { status: 'introduced' }] },
		orderBy: { createdAt: 'asc' },
		select: { providerListing: { select: { name: true } } },
	},
} satisfies Prisma.MatchRequestSelect

function rowOf(request: Prisma.MatchRequestGetPayload<{ select: typeof rowSelect }>): ClosedRequestRow {
	return {
		id: request.id,
		ref: request.ref,
		title: request.title,
		outcome: request.outcome,
		closedAt: request.closedAt!.toISOString(),
		requesterName: request.organization.name,
		partners: request.routes.map((route) => route.providerListing.name),
	}
}

/** One page of the requests closed in the period, newest first; `page` beyond the last gives the last. */
export async function closedRequests(options: {
	period: Pick<Period, 'start' | 'end'>
	outcome?: RequestOutcome
	page?: number
}) {
	const where = closedWhere(options.period, options.outcome)
	const total = await prisma().matchRequest.count({ where })
	const pageCount = Math.max(1, Math.ceil(total / CLOSED_PAGE_SIZE))
	const page = Math.min(Math.max(1, options.page ?? 1), pageCount)
	const requests = await prisma().matchRequest.findMany({
		where,
		orderBy: [{ closedAt: 'desc' }, { id: 'asc' }],
		skip: (page - 1) * CLOSED_PAGE_SIZE,
		take: CLOSED_PAGE_SIZE,
		select: rowSelect,
	})
	return { total, page, pageCount, rows: requests.map(rowOf) }
}

/** Every request closed in the period, for the CSV download. */
export async function allClosedRequests(options: { period: Pick<Period, 'start' | 'end'>; outcome?: RequestOutcome }) {
	const requests = await prisma().matchRequest.findMany({
		where: closedWhere(options.period, options.outcome),
		orderBy: [{ closedAt: 'desc' }, { id: 'asc' }],
		select: rowSelect,
	})
	return requests.map(rowOf)
}
