import { translator } from '~/i18n/messages.ts'
import type { Locale } from '~/i18n/locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { csvText } from '~/utils/csv.server.ts'

// Match requests with their outcomes for a coordinator's report: one line per
// provider a request was routed to (one line for a request routed to none),
// with the provider's answer and the requester's rating. Drafts are the
// requester's own and left out. Statuses stay codes, so a spreadsheet can
// filter on them whatever the reader's language.

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '')

const columns = [
	'request',
	'title',
	'requester',
	'status',
	'outcome',
	'submittedAt',
	'closedAt',
	'provider',
	'routeStatus',
	'routedAt',
	'firstRespondedAt',
	'introducedAt',
	'rating',
	'ratingComment',
] as const

export async function exportRequestsCsv(locale: Locale): Promise<string> {
	const i18n = translator(locale)
	const requests = await prisma().matchRequest.findMany({
		where: { status: { not: 'draft' } },
		orderBy: [{ submittedAt: 'asc' }, { ref: 'asc' }],
		select: {
			ref: true,
			title: true,
			status: true,
			outcome: true,
			submittedAt: true,
			closedAt: true,
			organization: { select: { name: true } },
			routes: {
				orderBy: { createdAt: 'asc' },
				select: {
					status: true,
					createdAt: true,
					firstRespondedAt: true,
					introducedAt: true,
					feedbackRating: true,
					feedbackComment: true,
					providerListing: { select: { name: true, ref: true } },
				},
			},
		},
	})
	const lines: unknown[][] = [columns.map((column) => i18n.t(`transfer.column.${column}`))]
	for (const request of requests) {
		const head = [
			request.ref,
			request.title,
			request.organization.name,
			request.status,
			request.outcome ?? '',
			day(request.submittedAt),
			day(request.closedAt),
		]
		if (request.routes.length === 0) lines.push([...head, '', '', '', '', '', '', ''])
		for (const route of request.routes)
			lines.push([
				...head,
				`${route.providerListing.name} (${route.providerListing.ref})`,
				route.status,
				day(route.createdAt),
				day(route.firstRespondedAt),
				day(route.introducedAt),
				route.feedbackRating ?? '',
				route.feedbackComment ?? '',
			])
	}
	return csvText(lines)
}
