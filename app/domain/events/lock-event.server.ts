import type { Prisma } from '~/generated/prisma/client.ts'

/**
 * The event's row, locked until the transaction ends: registrations for one
 * event queue up behind it, so two people can never both take its last seat
 * and a freed seat goes to exactly one person on the waiting list.
 */
export async function lockEventForRegistration(tx: Prisma.TransactionClient, eventId: string) {
	const [event] = await tx.$queryRaw<
		Array<{
			id: string
			slug: string
			status: string
			registration: string
			capacity: number | null
			startsAt: Date
			timeZone: string
			titleEn: string | null
			titleSv: string | null
		}>
	>`
		SELECT id::text, slug, status::text, registration::text, capacity, "startsAt", "timeZone", "titleEn", "titleSv"
		FROM "HubEvent" WHERE id = ${eventId}::uuid FOR UPDATE`
	return event ?? null
}
