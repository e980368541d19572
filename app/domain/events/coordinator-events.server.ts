import { prisma } from '~/utils/db.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { instantToZoned } from './zoned-time.ts'

// What coordinators see of events: every event in every state, next first.

export async function listEventsForCoordinators(actor: Actor) {
	assertCan(actor, 'content.publish')
	const rows = await prisma().hubEvent.findMany({
		orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
		take: 200,
		select: { id: true, slug: true, titleEn: true, titleSv: true, status: true, startsAt: true, timeZone: true },
	})
	return rows.map((row) => ({ ...row, startsAt: row.startsAt.toISOString() }))
}

export async function eventForEdit(actor: Actor, id: string) {
	assertCan(actor, 'content.publish')
	const row = await prisma().hubEvent.findUnique({ where: { id } })
	if (!row) return null
	return {
		id: row.id,
		slug: row.slug,
		status: row.status,
		values: {
			titleEn: row.titleEn ?? '',
			descriptionEn: row.descriptionEn ?? '',
			titleSv: row.titleSv ?? '',
			descriptionSv: row.descriptionSv ?? '',
			startsAt: instantToZoned(row.startsAt, row.timeZone),
			endsAt: instantToZoned(row.endsAt, row.timeZone),
			timeZone: row.timeZone,
			place: row.place ?? '',
			address: row.address ?? '',
			onlineUrl: row.onlineUrl ?? '',
			organiser: row.organiser,
			registration: row.registration,
			registrationUrl: row.registrationUrl ?? '',
			capacity: row.capacity === null ? '' : String(row.capacity),
		},
	}
}
