import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { exportPersonalData } from '../../app/domain/accounts/export-personal-data.server.ts'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { mailFollowers } from '../../app/domain/news/followers-mail.server.ts'
import { notificationSettingsOf } from '../../app/domain/notifications/delivery.server.ts'
import { notificationsOf } from '../../app/domain/notifications/notifications-of.server.ts'
import { setNotificationSettings } from '../../app/domain/notifications/set-notification-settings.server.ts'
import { notificationSettingsSchema } from '../../app/domain/notifications/settings-schema.ts'
import { notify } from '../../app/domain/requests/notify.server.ts'
import {
	alertUnsubscribeToken,
	inspectAlertUnsubscribeLink,
	unsubscribeFromAlerts,
} from '../../app/domain/saved-searches/alert-unsubscribe.server.ts'
import { deleteSavedSearch } from '../../app/domain/saved-searches/delete-saved-search.server.ts'
import { runAlerts } from '../../app/domain/saved-searches/run-alerts.server.ts'
import { saveSearch } from '../../app/domain/saved-searches/save-search.server.ts'
import { saveSearchSchema, updateSavedSearchSchema } from '../../app/domain/saved-searches/saved-search-schema.ts'
import { updateSavedSearch } from '../../app/domain/saved-searches/update-saved-search.server.ts'
import type { NoticeKind } from '../../app/mail/request-notice.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { auditActions, createUser, mailsTo } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

// The digest as a member notices it: kinds set to "digest" show in the portal
// at once and reach the mailbox only in the next digest, which comes on the
// member's own rhythm, saved searches or not; the digest's link stops all of
// it; and what a member changes about their own mail is in the audit log.

withTestDatabase()
const baseUrl = 'https://hub.test'
const DAY = 24 * 3600_000
const later = (days: number) => new Date(Date.now() + days * DAY + 60_000)

const defaults = {
	requestNews: 'mail',
	routes: 'mail',
	reviews: 'mail',
	claimsInvitations: 'mail',
	following: 'mail',
	savedSearches: 'digest',
	hubNews: 'digest',
	digestFrequency: 'weekly',
}

const choose = (actor: Actor, overrides: Record<string, string>) =>
	setNotificationSettings(actor, notificationSettingsSchema.parse({ ...defaults, ...overrides }))

async function tell(member: Actor, kind: NoticeKind, title: string, path: string) {
	const person = await prisma().user.findUniqueOrThrow({
		where: { id: member.userId },
		select: { id: true, email: true, preferredLocale: true },
	})
	await prisma().$transaction((tx) => notify(tx, [person], { kind, path, title }, { baseUrl }))
}

async function publishEvent(title: string) {
	return prisma().hubEvent.create({
		data: {
			slug: `event-${randomUUID().slice(0, 8)}`,
			titleEn: title,
			startsAt: new Date(Date.now() + 30 * DAY),
			endsAt: new Date(Date.now() + 30 * DAY + 3600_000),
			organiser: 'The hub',
			status: 'published',
			publishedAt: new Date(),
		},
	})
}

async function publishNews(title: string) {
	return prisma().newsItem.create({
		data: {
			slug: `news-${randomUUID().slice(0, 8)}`,
			titleEn: title,
			leadEn: `${title}: the lead.`,
			bodyEn: `${title}: the body.`,
			status: 'published',
			publishedAt: new Date(),
		},
	})
}

async function follow(member: Actor, what: { news?: boolean; events?: boolean }) {
	await prisma().contentFollow.create({
		data: { userId: member.userId, news: false, events: false, ...what, unsubscribeKey: randomUUID() },
	})
}

describe('notices in the digest', () => {
	it('a route on "digest" is in the portal at once, not mailed, and listed in the next digest unless read', async () => {
		const member = await createUser()
		await choose(member, { routes: 'digest' })
		await tell(member, 'route.received', 'Lentiviral vector scale-up', '/inbox/route-one')
		await tell(member, 'route.reminder', 'Already read request', '/inbox/route-two')
		await prisma().notification.updateMany({
			where: { userId: member.userId, payload: { path: ['path'], equals: '/inbox/route-two' } },
			data: { readAt: new Date() },
		})

		expect((await notificationsOf(member)).map((notice) => notice.title).sort()).toEqual([
			'Already read request',
			'Lentiviral vector scale-up',
		])
		expect(await mailsTo(member.email)).toEqual([])

		// Not before the member's weekly rhythm has passed.
		await runAlerts({ baseUrl, now: later(3) })
		expect(await mailsTo(member.email)).toEqual([])

		await runAlerts({ baseUrl, now: later(7) })
		const [digest, ...more] = await mailsTo(member.email)
		expect(more).toEqual([])
		expect(digest!.subject).toBe('Your digest from the ATMP Flemingsberg hub')
		expect(digest!.text).toContain('Unread in your notifications:')
		expect(digest!.text).toContain('Lentiviral vector scale-up')
		expect(digest!.text).toContain(`${baseUrl}/inbox/route-one`)
		expect(digest!.text).not.toContain('Already read request')

		// Listed once: the next look has nothing new.
		await runAlerts({ baseUrl, now: later(15) })
		expect(await mailsTo(member.email)).toHaveLength(1)
	})

	it('a member on "mail" still gets the route mail at once and no digest of it', async () => {
		const member = await createUser()
		await tell(member, 'route.received', 'Mailed at once', '/inbox/route-three')
		const mails = await mailsTo(member.email)
		expect(mails).toHaveLength(1)
		await runAlerts({ baseUrl, now: later(7) })
		expect((await mailsTo(member.email)).slice(1).some((mail) => mail.text.includes('Mailed at once'))).toBe(false)
	})
})

describe('following in the digest', () => {
	it('two news items reach a follower on "digest" in one digest instead of two mails', async () => {
		const follower = await createUser()
		const mailedFollower = await createUser()
		await follow(follower, { news: true })
		await follow(mailedFollower, { news: true })
		await choose(follower, { following: 'digest' })
		for (const title of ['Cleanroom opens in Flemingsberg', 'New GMP course announced']) {
			const news = await publishNews(title)
			await mailFollowers('news', news.id)
		}
		// Whoever kept "mail" got one mail each; the digest follower none yet.
		expect(await mailsTo(mailedFollower.email)).toHaveLength(2)
		expect(await mailsTo(follower.email)).toEqual([])

		await runAlerts({ baseUrl, now: later(7) })
		const [digest, ...more] = await mailsTo(follower.email)
		expect(more).toEqual([])
		expect(digest!.text).toContain('News you follow:')
		expect(digest!.text).toContain('Cleanroom opens in Flemingsberg')
		expect(digest!.text).toContain('New GMP course announced')
	})
})

describe('hub news', () => {
	it('reaches a member with no saved search on their weekly rhythm, and not before; daily comes sooner', async () => {
		const weekly = await createUser()
		const daily = await createUser()
		const off = await createUser()
		await choose(daily, { digestFrequency: 'daily' })
		await choose(off, { hubNews: 'off' })
		await publishEvent('Vector manufacturing day')

		await runAlerts({ baseUrl, now: later(1) })
		expect(await mailsTo(weekly.email)).toEqual([])
		const [dailyDigest] = await mailsTo(daily.email)
		expect(dailyDigest!.text).toContain('New events:')
		expect(dailyDigest!.text).toContain('Vector manufacturing day')

		await runAlerts({ baseUrl, now: later(7) })
		const [weeklyDigest, ...more] = await mailsTo(weekly.email)
		expect(more).toEqual([])
		expect(weeklyDigest!.text).toContain('Vector manufacturing day')
		// Hub news off: nothing at all.
		expect(await mailsTo(off.email)).toEqual([])
		// The daily member heard of it once only.
		expect(await mailsTo(daily.email)).toHaveLength(1)
	})
})

describe('the digest’s unsubscribe link', () => {
	it('stops all digest mail, says what it stops, keeps notices in the portal, and is audited', async () => {
		const member = await createUser()
		await follow(member, { events: true })
		await choose(member, { routes: 'digest', following: 'digest' })
		await tell(member, 'route.received', 'First routed request', '/inbox/route-four')
		await runAlerts({ baseUrl, now: later(7) })
		const [digest] = await mailsTo(member.email)
		const token = /https:\/\/hub\.test\/unsubscribe\/(\S+)/.exec(digest!.text)![1]!
		const state = await prisma().alertDigestState.findUniqueOrThrow({ where: { userId: member.userId } })
		expect(token).toBe(alertUnsubscribeToken(member.userId, state.unsubscribeKey))

		expect(await inspectAlertUnsubscribeLink(token)).toEqual({
			kind: 'alerts',
			searches: 0,
			kinds: ['routes', 'following', 'hubNews'],
		})
		expect(await unsubscribeFromAlerts(token)).toBe('unsubscribed')
		expect(await unsubscribeFromAlerts(token)).toBe('not-subscribed')
		expect(await notificationSettingsOf(member.userId)).toMatchObject({
			routes: 'portal',
			following: 'off',
			hubNews: 'off',
		})
		expect(await auditActions(member.userId)).toContain('user.digestUnsubscribed')

		// New notices still show in the portal; no digest comes for them, nor for events.
		await tell(member, 'route.received', 'Second routed request', '/inbox/route-five')
		await publishEvent('Event after unsubscribing')
		await runAlerts({ baseUrl, now: later(15) })
		expect(await mailsTo(member.email)).toHaveLength(1)
		expect((await notificationsOf(member)).map((notice) => notice.title)).toContain('Second routed request')
	})
})

describe('audit of a member’s own mail choices', () => {
	it('records saving, changing and deleting a saved search, and changed settings (only when they change)', async () => {
		const member = await createUser()
		const { id } = await saveSearch(member, saveSearchSchema.parse({ name: 'Vectors', query: 'q=vector' }))
		await updateSavedSearch(member, updateSavedSearchSchema.parse({ id, name: 'Viral vectors', frequency: 'weekly' }))
		await deleteSavedSearch(member, id)
		await choose(member, { routes: 'digest', digestFrequency: 'daily' })
		await choose(member, { routes: 'digest', digestFrequency: 'daily' })
		expect(await auditActions(member.userId)).toEqual([
			'user.savedSearchCreated',
			'user.savedSearchUpdated',
			'user.savedSearchDeleted',
			'user.notificationSettingsChanged',
		])
		const entry = await prisma().auditEntry.findFirstOrThrow({
			where: { entityId: member.userId, action: 'user.notificationSettingsChanged' },
		})
		expect(entry.changes).toEqual({
			routes: { from: 'mail', to: 'digest' },
			digestFrequency: { from: 'weekly', to: 'daily' },
		})
		// The chosen rhythm is the member's data: their export lists it (and not the digest's key).
		const exported = JSON.stringify(await exportPersonalData(member.userId))
		expect(exported).toContain('"digestFrequency":"daily"')
		expect(exported).not.toContain('unsubscribeKey')
	})
})
