import type { Prisma } from '~/generated/prisma/client.ts'
import { slugCandidatesPrefix, uniqueSlug } from '../listings/to-database.ts'

/** The slug of `title` that no other event uses (the same rules as listings' slugs). */
export async function allocateEventSlug(tx: Prisma.TransactionClient, title: string, exceptId?: string) {
	const rows = await tx.hubEvent.findMany({
		where: { slug: { startsWith: slugCandidatesPrefix(title) }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
		select: { slug: true },
	})
	const taken = new Set(rows.map((row) => row.slug))
	return uniqueSlug(title, (slug) => taken.has(slug))
}
