import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eraseUserData } from '../../app/domain/accounts/erase-account.server.ts'
import { exportPersonalData } from '../../app/domain/accounts/export-personal-data.server.ts'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { setNotificationSettings } from '../../app/domain/notifications/set-notification-settings.server.ts'
import { notificationSettingsSchema } from '../../app/domain/notifications/settings-schema.ts'
import { notify } from '../../app/domain/requests/notify.server.ts'
import { RuleError } from '../../app/domain/rules.ts'
import {
	inspectAlertUnsubscribeLink,
	unsubscribeFromAlerts,
} from '../../app/domain/saved-searches/alert-unsubscribe.server.ts'
import { deleteSavedSearch } from '../../app/domain/saved-searches/delete-saved-search.server.ts'
import { runAlerts } from '../../app/domain/saved-searches/run-alerts.server.ts'
import { saveSearch } from '../../app/domain/saved-searches/save-search.server.ts'
import {
	SAVED_SEARCHES_PER_USER,
	saveSearchSchema,
	updateSavedSearchSchema,
} from '../../app/domain/saved-searches/saved-search-schema.ts'
import { savedSearchesOf } from '../../app/domain/saved-searches/saved-searches-of.server.ts'
import { updateSavedSearch } from '../../app/domain/saved-searches/update-saved-search.server.ts'
import { MAIL_TOPIC } from '../../app/mail/queue-mail.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { allDocuments } from '../../search/documents.server.ts'
import { setSearchEngine } from '../../search/index.server.ts'
import { PostgresSearchEngine } from '../../search/postgres/engine.server.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

// Saved searches belong to their owner alone; the alert job mails each new
// match once, as often as the search says, through the outbox, with one
// unsubscribe link that cannot be forged; the notification settings are
// what every sender asks.

withTestDatabase()
const engine = new PostgresSearchEngine()
const baseUrl = 'https://hub.test'

beforeAll(async () => {
	await engine.configure()
	setSearchEngine(engine)
})
afterAll(() => setSearchEngine(undefined))

interface QueuedMail {
	to: string
	subject: string
	text: string
	headers?: Record<string, string>
}

async function mailsTo(email: string): Promise<QueuedMail[]> {
	const rows = await prisma().outboxEvent.findMany({ where: { topic: MAIL_TOPIC }, orderBy: { id: 'asc' } })
	return rows.map((row) => row.payload as unknown as QueuedMail).filter((mail) => mail.to === email)
}

const save = (actor: Actor, input: Record<string, string>, now?: Date) =>
	saveSearch(actor, saveSearchSchema.parse(input), now)

const minutes = (from: Date, count: number) => new Date(from.getTime() + count * 60_000)

/** A facility published (and last changed) at `at`, indexed as the worker would. */
async function publishFacility(name: string, at: Date) {
	const listing = await createListing({ type: 'facility', name, publishedAt: at, updatedAt: at, summary: name })
	await engine.rebuild(allDocuments())
	return listing
}

describe('saving a search', () => {
	it('keeps the canonical search, named after its words unless named, for its owner only', async () => {
		const owner = await createUser()
		const other = await createUser()
		await save(owner, { query: 'page=3&q=vector&modality=car-t&lang=sv', path: '/facilities' })
		const [saved] = await savedSearchesOf(owner)
		expect(saved).toMatchObject({ name: 'vector, car-t', frequency: 'daily' })
		expect(saved!.href).toBe('/facilities?q=vector&modality=car-t')
		expect(await savedSearchesOf(other)).toEqual([])

		// Another member can neither change nor delete it: it reads as not found.
		const change = updateSavedSearchSchema.parse({ id: saved!.id, name: 'Mine now', frequency: 'off' })
		await expect(updateSavedSearch(other, change)).rejects.toMatchObject({ rule: 'saved-search-not-found' })
		await expect(deleteSavedSearch(other, saved!.id)).rejects.toMatchObject({ rule: 'saved-search-not-found' })
		expect((await savedSearchesOf(owner))[0]).toMatchObject({ name: 'vector, car-t', frequency: 'daily' })

		await updateSavedSearch(owner, change)
		expect((await savedSearchesOf(owner))[0]).toMatchObject({ name: 'Mine now', frequency: 'off' })
		await deleteSavedSearch(owner, saved!.id)
		expect(await savedSearchesOf(owner)).toEqual([])
	})

	it('refuses an address the search page would refuse, and more than the limit', async () => {
		expect(saveSearchSchema.safeParse({ query: 'modality=not-a-modality' }).success).toBe(false)
		expect(saveSearchSchema.safeParse({ query: 'q=x', path: '/admin' }).success).toBe(false)
		const owner = await createUser()
		for (let n = 0; n < SAVED_SEARCHES_PER_USER; n++) await save(owner, { query: `q=word${n}` })
		const refusal = await save(owner, { query: 'q=one-too-many' }).catch((error: unknown) => error)
		expect(refusal).toBeInstanceOf(RuleError)
		expect(refusal).toMatchObject({ rule: 'saved-search-limit' })
		expect(await prisma().savedSearch.count({ where: { userId: owner.userId } })).toBe(SAVED_SEARCHES_PER_USER)
	})
})

describe('the alert job', () => {
	it('mails each new matching listing once, with one unsubscribe link, and nothing when nothing is new', async () => {
		const start = new Date('2030-01-01T08:00:00Z')
		const member = await createUser({ preferredLocale: 'sv' })
		await save(member, { name: 'Kryo', query: 'q=cryostorage', frequency: 'immediately' }, start)
		await publishFacility('Cryostorage suite Alpha', minutes(start, 1))
		await publishFacility('Unrelated cleanroom Beta', minutes(start, 2))

		await runAlerts({ baseUrl, now: minutes(start, 10) })
		const [mail, ...others] = await mailsTo(member.email)
		expect(others).toEqual([])
		expect(mail!.subject).toBe('Din sammanfattning från ATMP Flemingsberg-hubben')
		expect(mail!.text).toContain('Din sökning ”Kryo”:')
		expect(mail!.text).toContain('Cryostorage suite Alpha (ny)')
		expect(mail!.text).not.toContain('Unrelated cleanroom Beta')
		const link = /https:\/\/hub\.test\/unsubscribe\/(\S+)/.exec(mail!.text)![1]!
		expect(mail!.headers).toEqual({
			'List-Unsubscribe': `<${baseUrl}/unsubscribe/${link}>`,
			'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
		})

		// The next run finds nothing new and sends nothing.
		await runAlerts({ baseUrl, now: minutes(start, 20) })
		expect(await mailsTo(member.email)).toHaveLength(1)

		// A forged link stops nothing; the real one stops every alert once.
		const forged = `${link.slice(0, -3)}${link.endsWith('AAA') ? 'BBB' : 'AAA'}`
		expect(await inspectAlertUnsubscribeLink(forged)).toEqual({ kind: 'not-subscribed' })
		expect(await unsubscribeFromAlerts(forged)).toBe('not-subscribed')
		expect(await unsubscribeFromAlerts(`a${member.userId.replaceAll('-', '')}x`)).toBe('not-subscribed')
		expect(await inspectAlertUnsubscribeLink(link)).toEqual({ kind: 'alerts', searches: 1, kinds: ['hubNews'] })
		expect(await unsubscribeFromAlerts(link)).toBe('unsubscribed')
		expect((await savedSearchesOf(member))[0]!.frequency).toBe('off')
		expect(await unsubscribeFromAlerts(link)).toBe('not-subscribed')

		await publishFacility('Cryostorage suite Gamma', minutes(start, 30))
		await runAlerts({ baseUrl, now: minutes(start, 40) })
		expect(await mailsTo(member.email)).toHaveLength(1)
	})

	it('respects daily and weekly by the time of the last look', async () => {
		const start = new Date('2031-01-01T08:00:00Z')
		const daily = await createUser()
		const weekly = await createUser()
		await save(daily, { query: 'q=lyophilisation', frequency: 'daily' }, start)
		await save(weekly, { query: 'q=lyophilisation', frequency: 'weekly' }, start)
		await publishFacility('Lyophilisation unit One', minutes(start, 5))

		await runAlerts({ baseUrl, now: minutes(start, 60) })
		expect(await mailsTo(daily.email)).toHaveLength(0)
		expect(await mailsTo(weekly.email)).toHaveLength(0)

		await runAlerts({ baseUrl, now: minutes(start, 24 * 60) })
		expect(await mailsTo(daily.email)).toHaveLength(1)
		expect(await mailsTo(weekly.email)).toHaveLength(0)

		await runAlerts({ baseUrl, now: minutes(start, 7 * 24 * 60) })
		expect(await mailsTo(daily.email)).toHaveLength(1)
		const [weeklyMail] = await mailsTo(weekly.email)
		expect(weeklyMail!.text).toContain('Lyophilisation unit One (new)')
	})

	it('sends nothing to a member whose saved-search alerts are off in the settings', async () => {
		const start = new Date('2032-01-01T08:00:00Z')
		const member = await createUser()
		await save(member, { query: 'q=electroporation', frequency: 'immediately' }, start)
		await setNotificationSettings(member, notificationSettingsSchema.parse(settings({ savedSearches: 'off' })))
		await publishFacility('Electroporation bench', minutes(start, 1))
		await runAlerts({ baseUrl, now: minutes(start, 10) })
		expect(await mailsTo(member.email)).toHaveLength(0)
	})
})

function settings(overrides: Record<string, string>) {
	return {
		requestNews: 'mail',
		routes: 'mail',
		reviews: 'mail',
		claimsInvitations: 'mail',
		following: 'mail',
		savedSearches: 'digest',
		hubNews: 'digest',
		digestFrequency: 'weekly',
		...overrides,
	}
}

describe('notification settings', () => {
	it('decide whether a request notice is shown in the portal, mailed too, or neither', async () => {
		const byMail = await createUser()
		const portalOnly = await createUser()
		const off = await createUser()
		await setNotificationSettings(portalOnly, notificationSettingsSchema.parse(settings({ requestNews: 'portal' })))
		await setNotificationSettings(off, notificationSettingsSchema.parse(settings({ requestNews: 'off' })))
		const people = await prisma().user.findMany({
			where: { id: { in: [byMail.userId, portalOnly.userId, off.userId] } },
			select: { id: true, email: true, preferredLocale: true },
		})
		await prisma().$transaction((tx) =>
			notify(
				tx,
				people,
				{ kind: 'thread.message', path: '/requests/x', title: 'A request', provider: 'Lab' },
				{ baseUrl },
			),
		)
		const notices = async (userId: string) => prisma().notification.count({ where: { userId } })
		expect([await notices(byMail.userId), await notices(portalOnly.userId), await notices(off.userId)]).toEqual([
			1, 1, 0,
		])
		expect(await mailsTo(byMail.email)).toHaveLength(1)
		expect(await mailsTo(portalOnly.email)).toHaveLength(0)
		expect(await mailsTo(off.email)).toHaveLength(0)
	})

	it('refuses a delivery a kind does not offer', () => {
		expect(notificationSettingsSchema.safeParse(settings({ following: 'portal' })).success).toBe(false)
		expect(notificationSettingsSchema.safeParse(settings({ savedSearches: 'mail' })).success).toBe(false)
		expect(notificationSettingsSchema.safeParse(settings({ hubNews: 'portal' })).success).toBe(false)
		expect(notificationSettingsSchema.safeParse(settings({ digestFrequency: 'hourly' })).success).toBe(false)
	})
})

describe('personal data', () => {
	it('lists saved searches in the export and erases them with the account', async () => {
		const member = await createUser()
		await save(member, { name: 'Kept', query: 'q=vector' })
		const exported = JSON.stringify(await exportPersonalData(member.userId))
		expect(exported).toContain('"Kept"')
		await eraseUserData(member.userId)
		expect(await prisma().savedSearch.count({ where: { userId: member.userId } })).toBe(0)
	})
})
