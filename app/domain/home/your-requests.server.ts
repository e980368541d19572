import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { iso } from '../requests/request-views.server.ts'
import { newsByRequest, openRequestsWhere } from './request-news.server.ts'

export interface YourRequest {
	id: string
	title: string
	status: 'draft' | 'submitted' | 'routed' | 'introduced'
	organizationName: string
	submittedAt: string | null
	/** Unread notifications about it: answers, questions, messages, introductions. */
	news: number
	interested: number
}

/** The viewer's open requests: those with news first, then the ones most recently changed. */
export async function yourRequests(actor: Actor, limit = 8): Promise<{ requests: YourRequest[]; more: boolean }> {
	if (!actor.memberships.length) return { requests: [], more: false }
	const [news, rows] = await Promise.all([
		newsByRequest(actor),
		prisma().matchRequest.findMany({
			where: openRequestsWhere(actor),
			orderBy: [{ updatedAt: 'desc' }],
			select: {
				id: true,
				title: true,
				status: true,
				submittedAt: true,
				organization: { select: { name: true } },
				routes: { where: { status: 'interested' }, select: { id: true } },
			},
		}),
	])
	const requests = rows
		.map((row) => ({
			id: row.id,
			title: row.title,
			status: row.status as YourRequest['status'],
			organizationName: row.organization.name,
			submittedAt: iso(row.submittedAt),
			news: news.get(row.id) ?? 0,
			interested: row.routes.length,
		}))
		// Stable: within each group the most recently changed stays first.
		.sort((a, b) => Number(b.news > 0) - Number(a.news > 0))
	return { requests: requests.slice(0, limit), more: requests.length > limit }
}
