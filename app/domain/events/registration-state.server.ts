import { prisma } from '~/utils/db.server.ts'

// What the event's page says about registering in the portal: seats left, or
// full with a waiting list, and the reader's own place.

export type OwnPlace = { place: 'registered' } | { place: 'waiting'; position: number } | null

export interface RegistrationState {
	/** Registration is possible now (announced, in the portal, not started yet). */
	open: boolean
	cancelled: boolean
	capacity: number | null
	seatsLeft: number | null
	waiting: number
	mine: OwnPlace
}

export async function registrationState(
	event: { id: string; registration: string; capacity: number | null; cancelled: boolean; startsAt: string },
	userId: string | undefined,
	now = new Date(),
): Promise<RegistrationState | null> {
	if (event.registration !== 'portal') return null
	const [seated, waiting, own] = await Promise.all([
		prisma().eventRegistrationEntry.count({ where: { eventId: event.id, place: 'registered' } }),
		prisma().eventRegistrationEntry.count({ where: { eventId: event.id, place: 'waiting' } }),
		userId
			? prisma().eventRegistrationEntry.findUnique({
					where: { eventId_userId: { eventId: event.id, userId } },
					select: { id: true, place: true, queuedAt: true },
				})
			: null,
	])
	let mine: OwnPlace = null
	if (own?.place === 'registered') mine = { place: 'registered' }
	else if (own) {
		const ahead = await prisma().eventRegistrationEntry.count({
			where: {
				eventId: event.id,
				place: 'waiting',
				OR: [{ queuedAt: { lt: own.queuedAt } }, { queuedAt: own.queuedAt, id: { lt: own.id } }],
			},
		})
		mine = { place: 'waiting', position: ahead + 1 }
	}
	return {
		open: !event.cancelled && new Date(event.startsAt) > now,
		cancelled: event.cancelled,
		capacity: event.capacity,
		seatsLeft: event.capacity === null ? null : Math.max(0, event.capacity - seated),
		waiting,
		mine,
	}
}
