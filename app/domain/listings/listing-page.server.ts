import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'

/**
 * One page (1-based) of the listings `where` selects, in name order, with the
 * total and the page count (at least 1). A page past the end comes back empty.
 */
export async function listingPage<Select extends Prisma.ListingSelect>(
	where: Prisma.ListingWhereInput,
	select: Select,
	{ page, pageSize }: { page: number; pageSize: number },
) {
	const [total, rows] = await prisma().$transaction([
		prisma().listing.count({ where }),
		prisma().listing.findMany({
			where,
			// id breaks ties between equal names so pages never overlap
			orderBy: [{ name: 'asc' }, { id: 'asc' }],
			skip: (page - 1) * pageSize,
			take: pageSize,
			select,
		}),
	])
	return { rows, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) }
}
