import { beforeAll, describe, expect, it } from 'vitest'
import { eraseUserData } from '../../app/domain/accounts/erase-account.server.ts'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { cancelEvent } from '../../app/domain/events/cancel-event.server.ts'
import { cancelRegistration } from '../../app/domain/events/cancel-registration.server.ts'
import { createEvent } from '../../app/domain/events/create-event.server.ts'
import { eventRegistrations, registrantsCsv } from '../../app/domain/events/event-registrations.server.ts'
import { eventSchema } from '../../app/domain/events/event-schema.ts'
import { publishEvent } from '../../app/domain/events/publish-event.server.ts'
import { registerForEvent } from '../../app/domain/events/register-for-event.server.ts'
import { registrationState } from '../../app/domain/events/registration-state.server.ts'
import { updateEvent } from '../../app/domain/events/update-event.server.ts'
import { RuleError } from '../../app/domain/rules.ts'
import { MAIL_TOPIC } from '../../app/mail/queue-mail.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

// Registration in the portal: seats while there are any, then a waiting list
// in order; a freed seat goes to the first in line (who is mailed) in the same
// transaction; two people can never both take the last seat.

withTestDatabase()
let coordinator: Actor

beforeAll(async () => {
	coordinator = await createUser({ platformRole: 'coordinator' })
})

const nextYear = new Date().getUTCFullYear() + 1
let count = 0

async function portalEvent(options: { capacity?: number; registration?: string; publish?: boolean } = {}) {
	count++
	const { id } = await createEvent(
		coordinator,
		eventSchema.parse({
			titleEn: `GMP workshop ${count}`,
			descriptionEn: 'Hands-on in the cleanroom.',
			startsAt: `${nextYear}-04-20T13:00`,
			endsAt: `${nextYear}-04-20T16:00`,
			timeZone: 'Europe/Stockholm',
			place: 'Novum',
			organiser: 'ATMP Flemingsberg',
			registration: options.registration ?? 'portal',
			...(options.registration === 'external' ? { registrationUrl: 'https://example.org/register' } : {}),
			...((options.registration ?? 'portal') === 'portal' ? { capacity: String(options.capacity ?? 1) } : {}),
		}),
	)
	if (options.publish !== false) await publishEvent(coordinator, id)
	const event = await prisma().hubEvent.findUniqueOrThrow({ where: { id } })
	return { id, event }
}

const stateOf = async (id: string, userId?: string) => {
	const event = await prisma().hubEvent.findUniqueOrThrow({ where: { id } })
	return registrationState(
		{
			id,
			registration: event.registration,
			capacity: event.capacity,
			cancelled: event.status === 'cancelled',
			startsAt: event.startsAt.toISOString(),
		},
		userId,
	)
}

async function mailsTo(email: string) {
	const rows = await prisma().outboxEvent.findMany({ where: { topic: MAIL_TOPIC }, orderBy: { id: 'asc' } })
	return rows
		.map((row) => row.payload as { to: string; subject: string; text: string })
		.filter((mail) => mail.to === email)
}

async function refusal(promise: Promise<unknown>) {
	const error = await promise.then(
		() => null,
		(caught: unknown) => caught,
	)
	return error instanceof RuleError ? error.rule : error
}

describe('registering with a capacity and a waiting list', () => {
	it('gives the seat, then a waiting place; cancelling moves the first waiting person up and mails them', async () => {
		const { id } = await portalEvent({ capacity: 1 })
		const first = await createUser()
		const second = await createUser({ preferredLocale: 'sv' })
		const third = await createUser()

		expect(await registerForEvent(first, id)).toEqual({ place: 'registered' })
		expect(await registerForEvent(second, id)).toEqual({ place: 'waiting' })
		expect(await registerForEvent(third, id)).toEqual({ place: 'waiting' })
		// Pressing the button again changes nothing.
		expect(await registerForEvent(second, id)).toEqual({ place: 'waiting' })

		expect(await stateOf(id, third.userId)).toMatchObject({
			open: true,
			seatsLeft: 0,
			waiting: 2,
			mine: { place: 'waiting', position: 2 },
		})

		expect(await cancelRegistration(first, id)).toEqual({ movedUp: true })
		expect((await stateOf(id, second.userId))?.mine).toEqual({ place: 'registered' })
		expect((await stateOf(id, third.userId))?.mine).toEqual({ place: 'waiting', position: 1 })
		expect((await stateOf(id, first.userId))?.mine).toBeNull()
		const [mail] = await mailsTo(second.email)
		expect(mail?.subject).toBe(`Du har fått en plats på GMP workshop ${count}`)
		expect(mail?.text).toContain(`/events/gmp-workshop-${count}`)
		expect(await mailsTo(third.email)).toEqual([])

		// Leaving the waiting list frees no seat and moves nobody.
		expect(await cancelRegistration(third, id)).toEqual({ movedUp: false })
		expect(await refusal(cancelRegistration(third, id))).toBe('not-registered')
	})

	it('two registrations for the last seat at the same moment: one gets it, the other waits', async () => {
		for (let round = 0; round < 3; round++) {
			const { id } = await portalEvent({ capacity: 1 })
			const [a, b] = await Promise.all([createUser(), createUser()])
			const outcomes = await Promise.all([registerForEvent(a, id), registerForEvent(b, id)])
			expect(outcomes.map((outcome) => outcome.place).sort()).toEqual(['registered', 'waiting'])
			expect(await prisma().eventRegistrationEntry.count({ where: { eventId: id, place: 'registered' } })).toBe(1)
		}
	})

	it('two cancellations at once with one person waiting: the freed seats go to them once', async () => {
		const { id } = await portalEvent({ capacity: 2 })
		const [a, b, waiting] = await Promise.all([createUser(), createUser(), createUser()])
		await registerForEvent(a, id)
		await registerForEvent(b, id)
		await registerForEvent(waiting, id)
		await Promise.all([cancelRegistration(a, id), cancelRegistration(b, id)])
		expect(await stateOf(id, waiting.userId)).toMatchObject({ seatsLeft: 1, waiting: 0, mine: { place: 'registered' } })
		expect(await mailsTo(waiting.email)).toHaveLength(1)
	})
})

describe('when the coordinator changes the number of seats', () => {
	const withCapacity = (event: Awaited<ReturnType<typeof portalEvent>>['event'], capacity: number) =>
		eventSchema.parse({
			titleEn: event.titleEn,
			descriptionEn: event.descriptionEn,
			startsAt: `${nextYear}-04-20T13:00`,
			endsAt: `${nextYear}-04-20T16:00`,
			timeZone: 'Europe/Stockholm',
			place: 'Novum',
			organiser: 'ATMP Flemingsberg',
			registration: 'portal',
			capacity: String(capacity),
		})

	it('more seats go at once to the people waiting, in order, and each is mailed', async () => {
		const { id, event } = await portalEvent({ capacity: 1 })
		const [seated, first, second, third] = await Promise.all([createUser(), createUser(), createUser(), createUser()])
		for (const person of [seated, first, second, third]) await registerForEvent(person, id)

		expect(await updateEvent(coordinator, id, withCapacity(event, 3))).toMatchObject({ movedUp: 2 })
		expect((await stateOf(id, first.userId))?.mine).toEqual({ place: 'registered' })
		expect((await stateOf(id, second.userId))?.mine).toEqual({ place: 'registered' })
		expect((await stateOf(id, third.userId))?.mine).toEqual({ place: 'waiting', position: 1 })
		expect(await mailsTo(first.email)).toHaveLength(1)
		expect(await mailsTo(second.email)).toHaveLength(1)
		expect(await mailsTo(third.email)).toEqual([])
	})

	it('fewer seats take nobody’s seat away; new people wait until enough cancel', async () => {
		const { id, event } = await portalEvent({ capacity: 2 })
		const [a, b, c] = await Promise.all([createUser(), createUser(), createUser()])
		await registerForEvent(a, id)
		await registerForEvent(b, id)

		expect(await updateEvent(coordinator, id, withCapacity(event, 1))).toMatchObject({ movedUp: 0 })
		expect((await stateOf(id, b.userId))?.mine).toEqual({ place: 'registered' })
		expect(await registerForEvent(c, id)).toEqual({ place: 'waiting' })
		// One cancels: two seated on one seat is still full, so nobody moves up.
		await cancelRegistration(a, id)
		expect((await stateOf(id, c.userId))?.mine).toEqual({ place: 'waiting', position: 1 })
	})
})

describe('when registration is refused', () => {
	it('closes when the event starts, for registering and for cancelling', async () => {
		const { id, event } = await portalEvent({ capacity: 5 })
		const member = await createUser()
		await registerForEvent(member, id)
		const started = new Date(event.startsAt.getTime() + 60_000)
		expect(await refusal(registerForEvent(await createUser(), id, started))).toBe('registration-closed')
		expect(await refusal(cancelRegistration(member, id, started))).toBe('registration-closed')
	})

	it('takes none for events without registration in the portal, drafts or an unconfirmed address', async () => {
		const member = await createUser()
		expect(await refusal(registerForEvent(member, (await portalEvent({ registration: 'none' })).id))).toBe(
			'registration-not-open',
		)
		expect(await refusal(registerForEvent(member, (await portalEvent({ registration: 'external' })).id))).toBe(
			'registration-not-open',
		)
		expect(await refusal(registerForEvent(member, (await portalEvent({ publish: false })).id))).toBe('event-not-found')
		const { id } = await portalEvent()
		expect(await refusal(registerForEvent({ ...member, emailVerified: false }, id))).toBe(
			'registration-needs-confirmed-address',
		)
		expect(await prisma().eventRegistrationEntry.count({ where: { eventId: id } })).toBe(0)
	})

	it('cancelling the event mails everyone registered or waiting, and closes registration', async () => {
		const { id } = await portalEvent({ capacity: 1 })
		const [seated, waiting] = [await createUser(), await createUser()]
		await registerForEvent(seated, id)
		await registerForEvent(waiting, id)
		await cancelEvent(coordinator, id)
		expect((await mailsTo(seated.email)).map((mail) => mail.subject)).toEqual([`Cancelled: GMP workshop ${count}`])
		expect(await mailsTo(waiting.email)).toHaveLength(1)
		expect(await refusal(registerForEvent(await createUser(), id))).toBe('registration-not-open')
		expect((await stateOf(id))?.open).toBe(false)
	})
})

describe('the coordinators’ list', () => {
	it('lists seats then the waiting list in order, and its CSV cannot smuggle a formula', async () => {
		const { id } = await portalEvent({ capacity: 1 })
		const first = await createUser({ name: '=HYPERLINK("http://evil")' })
		const second = await createUser({ name: 'Berit, "Bea" Svensson' })
		await registerForEvent(first, id)
		await registerForEvent(second, id)
		const list = await eventRegistrations(coordinator, id)
		expect(list.map((row) => [row.name, row.place])).toEqual([
			[first.name, 'registered'],
			[second.name, 'waiting'],
		])
		const csv = registrantsCsv(['Name', 'E-mail', 'Organisation', 'Place', 'Registered'], list, (place) => place)
		expect(csv.startsWith('\uFEFF')).toBe(true)
		const lines = csv.trim().split('\r\n')
		expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil""\)",/)
		expect(lines[2]).toMatch(/^"Berit, ""Bea"" Svensson",/)
		await expect(eventRegistrations(await createUser(), id)).rejects.toThrow()
	})
})

it('erasing an account gives its seat to the first person waiting', async () => {
	const { id } = await portalEvent({ capacity: 1 })
	const leaving = await createUser()
	const waiting = await createUser()
	await registerForEvent(leaving, id)
	await registerForEvent(waiting, id)
	await eraseUserData(leaving.userId)
	expect((await stateOf(id, waiting.userId))?.mine).toEqual({ place: 'registered' })
	expect(await mailsTo(waiting.email)).toHaveLength(1)
})
