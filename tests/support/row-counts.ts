import { prisma } from '../../app/utils/db.server.ts'

type Client = ReturnType<typeof prisma>
/** The Prisma models a test can count, by their client property (listing, matchRoute, …). */
export type CountableModel = {
	[M in keyof Client]: Client[M] extends { count(): Promise<number> } ? M : never
}[keyof Client]

/**
 * How many rows each of these models holds, under the names given: "nothing written" in a
 * test means the counts before and after are equal.
 */
export async function rowCounts<K extends string>(models: Record<K, CountableModel>): Promise<Record<K, number>> {
	const client = prisma()
	const entries = Object.entries(models) as Array<[K, CountableModel]>
	const counts = await Promise.all(
		entries.map(([, model]) => (client[model] as unknown as { count(): Promise<number> }).count()),
	)
	return Object.fromEntries(entries.map(([name], i) => [name, counts[i]!])) as Record<K, number>
}
