import { toCsv } from '~/utils/csv.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'

// Who is coming to an event, for the coordinators who publish it: the seats
// in the order they were taken, then the waiting list in its order.

export interface Registrant {
	name: string
	email: string
	organizations: string[]
	place: 'registered' | 'waiting'
	registeredAt: string
}

export async function eventRegistrations(actor: Actor, eventId: string): Promise<Registrant[]> {
	assertCan(actor, 'content.publish')
	const rows = await prisma().eventRegistrationEntry.findMany({
		where: { eventId },
		orderBy: [{ place: 'asc' }, { queuedAt: 'asc' }, { id: 'asc' }],
		select: {
			place: true,
			queuedAt: true,
			user: {
				select: {
					name: true,
					email: true,
					memberships: { select: { organization: { select: { name: true } } } },
				},
			},
		},
	})
	return rows.map((row) => ({
		name: row.user.name,
		email: row.user.email,
		organizations: row.user.memberships.map((membership) => membership.organization.name),
		place: row.place,
		registeredAt: row.queuedAt.toISOString(),
	}))
}

/** The same list as a spreadsheet reads it; the header row names the columns in the reader's words. */
export function registrantsCsv(
	header: readonly string[],
	registrants: readonly Registrant[],
	placeLabel: (place: Registrant['place']) => string,
) {
	return toCsv(
		header,
		registrants.map((r) => [r.name, r.email, r.organizations.join('; '), placeLabel(r.place), r.registeredAt]),
	)
}
