import type { Prisma } from '~/generated/prisma/client.ts'
import { giveFreedSeat } from './give-freed-seat.server.ts'
import { lockEventForRegistration } from './lock-event.server.ts'

/**
 * An account is erased: its seats at events still to come go to the people
 * waiting, as if it had cancelled. Runs inside the erasure's transaction,
 * before the account's rows go (the rest of its registrations go with it).
 */
export async function releaseSeatsOf(tx: Prisma.TransactionClient, userId: string, now = new Date()): Promise<void> {
	const seats = await tx.eventRegistrationEntry.findMany({
		where: { userId, place: 'registered', event: { status: 'published', startsAt: { gt: now } } },
		select: { id: true, eventId: true },
		orderBy: { eventId: 'asc' },
	})
	for (const seat of seats) {
		const event = await lockEventForRegistration(tx, seat.eventId)
		if (!event) continue
		await tx.eventRegistrationEntry.delete({ where: { id: seat.id } })
		await giveFreedSeat(tx, event)
	}
}
