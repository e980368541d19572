// The match requests an API caller may read: its organisation's own (a
// token acts as a member of its organisation), or every submitted one for
// hub staff. Drafts are nobody's business but their authors' pages. A request
// the caller may not read is not found, exactly like one that does not exist.
import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import type { Viewer } from '../auth/permissions.ts'
import type { ApiRequest } from './api-request-shapes.ts'
import { canFollowRequest, canTriage } from './request-access.ts'
import { isUuid } from './request-records.server.ts'

export const apiRequestsPageSize = 20

const needFields = [
	'services',
	'modalities',
	'phase',
	'requiredGrades',
	'requiredLicences',
	'preferredListingType',
] as const

const select = {
	id: true,
	ref: true,
	organizationId: true,
	organization: { select: { ref: true, name: true } },
	title: true,
	teaser: true,
	description: true,
	confidentiality: true,
	status: true,
	services: true,
	modalities: true,
	phase: true,
	requiredGrades: true,
	requiredLicences: true,
	preferredListingType: true,
	neededBy: true,
	createdAt: true,
	submittedAt: true,
	closedAt: true,
	outcome: true,
	outcomeNote: true,
} as const satisfies Prisma.MatchRequestSelect

type Row = Prisma.MatchRequestGetPayload<{ select: typeof select }>

function toApiRequest(row: Row): ApiRequest {
	return {
		id: row.id,
		ref: row.ref,
		organization: row.organization,
		title: row.title,
		teaser: row.teaser,
		description: row.description,
		confidentiality: row.confidentiality,
		status: row.status,
		needs: Object.fromEntries(needFields.map((field) => [field, row[field]])) as ApiRequest['needs'],
		neededBy: row.neededBy?.toISOString().slice(0, 10) ?? null,
		createdAt: row.createdAt.toISOString(),
		submittedAt: row.submittedAt?.toISOString() ?? null,
		closedAt: row.closedAt?.toISOString() ?? null,
		outcome: row.outcome,
		outcomeNote: row.outcomeNote,
	}
}

/** Which requests this viewer reads: staff every submitted one, anyone else their organisations'. */
function readableWhere(viewer: Viewer): Prisma.MatchRequestWhereInput {
	const submitted = { status: { not: 'draft' } } as const
	if (canTriage(viewer)) return submitted
	const organizationIds = (viewer?.memberships ?? [])
		.map((membership) => membership.organizationId)
		.filter((organizationId) => canFollowRequest(viewer, { organizationId }))
	return { ...submitted, organizationId: { in: organizationIds } }
}

/** One page of the readable requests, newest first. */
export async function apiRequests(viewer: Viewer, page: number) {
	const where = readableWhere(viewer)
	const [total, rows] = await prisma().$transaction([
		prisma().matchRequest.count({ where }),
		prisma().matchRequest.findMany({
			where,
			select,
			orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
			skip: (page - 1) * apiRequestsPageSize,
			take: apiRequestsPageSize,
		}),
	])
	return {
		requests: rows.map(toApiRequest),
		total,
		page,
		pageSize: apiRequestsPageSize,
		pageCount: Math.ceil(total / apiRequestsPageSize),
	}
}

/** One request, or null for every id this viewer may not read (malformed, unknown, another's, a draft). */
export async function apiRequestById(viewer: Viewer, id: string): Promise<ApiRequest | null> {
	if (!isUuid(id)) return null
	const row = await prisma().matchRequest.findFirst({ where: { AND: [{ id }, readableWhere(viewer)] }, select })
	return row ? toApiRequest(row) : null
}
