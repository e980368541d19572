import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { eraseUserData } from '../../app/domain/accounts/erase-account.server.ts'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { createEvent } from '../../app/domain/events/create-event.server.ts'
import { eventSchema } from '../../app/domain/events/event-schema.ts'
import { publishEvent } from '../../app/domain/events/publish-event.server.ts'
import { createNewsItem } from '../../app/domain/news/create-news-item.server.ts'
import { followersOutboxHandlers, mailFollowers } from '../../app/domain/news/followers-mail.server.ts'
import { followSchema } from '../../app/domain/news/follow-schema.ts'
import { newsSchema } from '../../app/domain/news/news-schema.ts'
import { publishNewsItem } from '../../app/domain/news/publish-news-item.server.ts'
import { setFollowing } from '../../app/domain/news/set-following.server.ts'
import { inspectUnsubscribeLink, unsubscribe } from '../../app/domain/news/unsubscribe.server.ts'
import { unsubscribeToken } from '../../app/domain/news/unsubscribe-token.server.ts'
import { withdrawNewsItem } from '../../app/domain/news/withdraw-news-item.server.ts'
import { RuleError } from '../../app/domain/rules.ts'
import {
	alertUnsubscribeToken,
	isAlertUnsubscribeToken,
} from '../../app/domain/saved-searches/alert-unsubscribe.server.ts'
import { MAIL_TOPIC } from '../../app/mail/queue-mail.server.ts'
import * as unsubscribePage from '../../app/routes/unsubscribe.$token.tsx'
import { prisma } from '../../app/utils/db.server.ts'
import { actorOf } from '../accounts/factories.ts'
import { call, requestAs } from '../authorization/route-calls.ts'
import { createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { drainOutbox } from '../support/outbox.ts'

// Following the hub's news and events: publishing mails each follower once,
// in their language, with one unsubscribe link that needs no sign-in, and
// that link cannot be made up from what is not secret.

withTestDatabase()
let coordinator: Actor

beforeAll(async () => {
	coordinator = await createUser({ platformRole: 'coordinator' })
})

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

const follow = (actor: Actor, what: Record<string, string>) => setFollowing(actor, followSchema.parse(what))

const nextYear = new Date().getUTCFullYear() + 1
let eventCount = 0
async function announceEvent() {
	eventCount++
	const { id } = await createEvent(
		coordinator,
		eventSchema.parse({
			titleEn: `Cell therapy day ${eventCount}`,
			descriptionEn: 'Talks and a tour.',
			titleSv: `Cellterapidagen ${eventCount}`,
			descriptionSv: 'Föredrag och visning.',
			startsAt: `${nextYear}-03-10T09:00`,
			endsAt: `${nextYear}-03-10T16:00`,
			timeZone: 'Europe/Stockholm',
			place: 'Novum',
			organiser: 'ATMP Flemingsberg',
			registration: 'none',
		}),
	)
	await publishEvent(coordinator, id)
	return id
}

async function publishNews(title: string) {
	const { id } = await createNewsItem(
		coordinator,
		newsSchema.parse({ titleEn: title, leadEn: 'A short lead.', bodyEn: 'The body.' }),
	)
	await publishNewsItem(coordinator, id)
	return id
}

describe('publishing mails followers', () => {
	it('mails each events follower once, in their language, with one unsubscribe link and RFC 8058 headers', async () => {
		const english = await createUser()
		const swedish = await createUser({ preferredLocale: 'sv' })
		const newsOnly = await createUser()
		const nobody = await createUser()
		await follow(english, { events: 'on' })
		await follow(swedish, { news: 'on', events: 'on' })
		await follow(newsOnly, { news: 'on' })

		const id = await announceEvent()
		await drainOutbox(followersOutboxHandlers())

		const [toEnglish, ...moreEnglish] = await mailsTo(english.email)
		expect(moreEnglish).toEqual([])
		expect(toEnglish!.subject).toBe(`New event at ATMP Flemingsberg: Cell therapy day ${eventCount}`)
		expect(toEnglish!.text).toContain('/events/cell-therapy-day')
		const links = toEnglish!.text.match(/https?:\/\/\S+\/unsubscribe\/\S+/g) ?? []
		expect(links).toHaveLength(1)
		expect(toEnglish!.headers).toEqual({
			'List-Unsubscribe': `<${links[0]}>`,
			'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
		})
		const [toSwedish] = await mailsTo(swedish.email)
		expect(toSwedish!.subject).toBe(`Nytt evenemang på ATMP Flemingsberg: Cellterapidagen ${eventCount}`)
		expect(await mailsTo(newsOnly.email)).toEqual([])
		expect(await mailsTo(nobody.email)).toEqual([])

		// A job delivered again (a worker died after the fan-out committed) mails nobody twice.
		expect(await mailFollowers('event', id)).toEqual({ mailed: 0 })
		expect(await mailsTo(english.email)).toHaveLength(1)
	})

	it('does not mail again when a withdrawn news item is published again', async () => {
		const reader = await createUser()
		await follow(reader, { news: 'on' })
		const id = await publishNews('Novum opens its cleanrooms')
		await drainOutbox(followersOutboxHandlers())
		expect((await mailsTo(reader.email)).map((mail) => mail.subject)).toEqual([
			'News from ATMP Flemingsberg: Novum opens its cleanrooms',
		])

		await withdrawNewsItem(coordinator, id)
		await publishNewsItem(coordinator, id)
		await drainOutbox(followersOutboxHandlers())
		expect(await mailsTo(reader.email)).toHaveLength(1)
	})

	it('refuses to sign up an address that was never confirmed', async () => {
		const unconfirmed = { ...(await createUser()), emailVerified: false }
		await expect(follow(unconfirmed, { news: 'on' })).rejects.toThrow(RuleError)
		expect(await prisma().contentFollow.count({ where: { userId: unconfirmed.userId } })).toBe(0)
	})
})

describe('the unsubscribe link', () => {
	async function followerWithToken() {
		const person = await createUser()
		await follow(person, { news: 'on', events: 'on' })
		const { unsubscribeKey } = await prisma().contentFollow.findUniqueOrThrow({ where: { userId: person.userId } })
		return { person, token: unsubscribeToken(person.userId, unsubscribeKey) }
	}

	it('refuses forged tokens: a made-up signature, another follower’s signature, a key guessed wrong', async () => {
		const { person, token } = await followerWithToken()
		const other = await followerWithToken()
		const forgeries = [
			`${token.slice(0, -4)}AAAA`,
			`${person.userId.replaceAll('-', '')}${other.token.slice(32)}`,
			unsubscribeToken(person.userId, 'a-key-someone-guessed'),
			person.userId.replaceAll('-', ''),
			'not-a-token-at-all-really',
		]
		for (const forged of forgeries) {
			expect(await inspectUnsubscribeLink(forged)).toEqual({ kind: 'not-following' })
			expect(await unsubscribe(forged)).toBe('not-following')
		}
		expect(await prisma().contentFollow.count({ where: { userId: person.userId } })).toBe(1)
	})

	it('works for a follower whose id starts with "a", the letter a digest link starts with', async () => {
		// Found in a journey: one follower in sixteen got the digest's "stop" page from their follow mail's link.
		const userId = `a${randomUUID().slice(1)}`
		await prisma().user.create({
			data: { id: userId, email: `a-first-${userId}@test.example`, name: 'A. First', emailVerifiedAt: new Date() },
		})
		await follow(await actorOf(userId), { news: 'on', events: 'on' })
		const { unsubscribeKey } = await prisma().contentFollow.findUniqueOrThrow({ where: { userId } })
		const token = unsubscribeToken(userId, unsubscribeKey)
		expect(isAlertUnsubscribeToken(token)).toBe(false)
		const page = await call(unsubscribePage.loader, requestAs(undefined, `/unsubscribe/${token}`), { token })
		expect(page.body).toEqual({ kind: 'following', news: true, events: true })
		// A digest link for the same person is still told apart.
		expect(isAlertUnsubscribeToken(alertUnsubscribeToken(userId, unsubscribeKey))).toBe(true)
	})

	it('looking at the link changes nothing; posting ends the follow, once; a later follow needs a new link', async () => {
		const { person, token } = await followerWithToken()
		expect(await inspectUnsubscribeLink(token)).toEqual({ kind: 'following', news: true, events: true })
		expect(await inspectUnsubscribeLink(token)).toEqual({ kind: 'following', news: true, events: true })
		expect(await unsubscribe(token)).toBe('unsubscribed')
		expect(await unsubscribe(token)).toBe('not-following')

		await follow(person, { news: 'on' })
		expect(await inspectUnsubscribeLink(token)).toEqual({ kind: 'not-following' })
		const id = await publishNews('After the restart')
		await drainOutbox(followersOutboxHandlers())
		expect(await mailFollowers('news', id)).toEqual({ mailed: 0 })
		expect((await mailsTo(person.email)).map((mail) => mail.subject)).toEqual([
			'News from ATMP Flemingsberg: After the restart',
		])
	})

	it('after unsubscribing, new items mail nobody', async () => {
		const { person, token } = await followerWithToken()
		await unsubscribe(token)
		await announceEvent()
		await drainOutbox(followersOutboxHandlers())
		expect(await mailsTo(person.email)).toEqual([])
	})
})

it('erasing an account removes its follow', async () => {
	const person = await createUser()
	await follow(person, { events: 'on' })
	await eraseUserData(person.userId)
	expect(await prisma().contentFollow.count({ where: { userId: person.userId } })).toBe(0)
})
