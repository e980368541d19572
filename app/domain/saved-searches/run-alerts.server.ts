import type { Locale } from '~/i18n/locale.ts'
import { queueMail } from '~/mail/queue-mail.server.ts'
import { noticeKinds, noticeText, type NoticeKind } from '~/mail/request-notice.ts'
import { recipientLocale } from '~/mail/recipient-locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { SEARCH_TOPICS } from '../../../search/sync.server.ts'
import { viewerOfUser } from '../auth/viewer-of-session.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { offerPath } from '../establishment/offer-path.ts'
import { openCallsForYou } from '../home/open-calls-for-you.server.ts'
import { eventPath, newsItemPath } from '../news/paths.ts'
import { inLanguage } from '../news/in-language.ts'
import { digestKindsOf } from '../notifications/delivery.server.ts'
import { portalNoticeKinds, settingKindOf, type NotificationKind } from '../notifications/notification-kinds.ts'
import { searchDirectory } from '../search/run-search.server.ts'
import { alertUnsubscribeToken, newAlertKey } from './alert-unsubscribe.server.ts'
import { savedSearchHref } from './saved-searches-of.server.ts'

// The digest: a periodic job (server/background.server.ts, once across
// processes) looks at each member whose digest is due: their own rhythm
// (daily or weekly) has passed since its last look, or one of their saved
// searches is due. One mail per member gathers every due search's new and
// changed listings, the unread notices of kinds they set to "digest", the
// news and events they follow (when set to "digest"), and hub news: open
// calls that fit their organisations, events and establishment offers.
// Nothing new, no mail; a look that found nothing still counts as a look, so
// everything is reported at most once (docs/decisions/043).

/** A look taken a little early still counts (the timer does not tick to the second). */
const EARLY = 5 * 60_000
const DAY = 24 * 3600_000
const periods = { immediately: 0, daily: DAY - EARLY, weekly: 7 * DAY - EARLY } as const
/** Searched most recently changed first; more than this many new matches in one period reads "and more on the page". */
const MAX_MATCHES = 20

export interface DigestListing {
	name: string
	url: string
	isNew: boolean
}

export interface DigestSearch {
	name: string
	url: string
	listings: DigestListing[]
	more: boolean
}

export interface DigestItem {
	title: string
	url: string
}

export interface Digest {
	searches: DigestSearch[]
	/** Unread portal notices of the kinds the member gathers in the digest. */
	notices: DigestItem[]
	/** News and events the member follows, when they chose one mail for all. */
	followedNews: DigestItem[]
	followedEvents: DigestItem[]
	openCalls: DigestItem[]
	events: DigestItem[]
	offers: DigestItem[]
}

export interface AlertRunResult {
	/** Saved searches looked at. */
	looked: number
	/** Members whose digest was due. */
	members: number
	mailed: number
}

/**
 * A change is stamped when its transaction writes it but seen only once it
 * commits: a look never reaches closer to now than this, so a transaction
 * still in flight at the look (an approval on a busy machine) is not missed.
 */
const IN_FLIGHT = 30_000

/**
 * Listings the index knows of are current up to the oldest search change it
 * has not taken in yet: a look up to there, and the next one from there,
 * misses nothing a slow index had not yet seen.
 */
async function indexedUpTo(now: Date): Promise<Date> {
	const settled = new Date(now.getTime() - IN_FLIGHT)
	const oldest = await prisma().outboxEvent.findFirst({
		where: { processedAt: null, topic: { in: [...SEARCH_TOPICS] } },
		orderBy: { createdAt: 'asc' },
		select: { createdAt: true },
	})
	return oldest && oldest.createdAt < settled ? oldest.createdAt : settled
}

/** The search's listings published or changed in (since, until], newest first, as its owner may see them. */
async function newMatches(
	saved: { query: string; path: string },
	actor: Actor,
	locale: Locale,
	since: Date,
	until: Date,
): Promise<{ listings: DigestListing[]; more: boolean }> {
	const params = new URLSearchParams(saved.query)
	const listType = saved.path === '/search' ? null : saved.path
	if (listType) {
		const type = { '/organizations': 'organization', '/labs': 'lab', '/facilities': 'facility', '/experts': 'expert' }[
			listType
		]
		if (type) params.set('type', type)
	}
	params.set('sort', 'updated')
	const found: DigestListing[] = []
	for (let page = 1; page <= 3; page++) {
		params.set('page', String(page))
		const outcome = await searchDirectory(params, actor, locale)
		// A search that matched only part of its words matched nothing: no alert for near misses.
		if (!outcome.ok || outcome.view.partial || !outcome.view.hits.length) break
		const rows = await prisma().listing.findMany({
			where: { id: { in: outcome.view.hits.map((hit) => hit.id) }, status: 'published' },
			select: { id: true, updatedAt: true, publishedAt: true },
		})
		const times = new Map(rows.map((row) => [row.id, row]))
		let older = false
		for (const hit of outcome.view.hits) {
			const row = times.get(hit.id)
			if (!row) continue
			if (row.updatedAt <= since) {
				older = true
				continue
			}
			if (row.updatedAt > until) continue
			found.push({ name: hit.name, url: hit.url, isNew: Boolean(row.publishedAt && row.publishedAt > since) })
		}
		if (older || page >= outcome.view.pageCount) break
	}
	return { listings: found.slice(0, MAX_MATCHES), more: found.length > MAX_MATCHES }
}

/** Hub news: open calls that fit the member's organisations, events and establishment offers of the window. */
async function hubNewsSince(actor: Actor, locale: Locale, since: Date, until: Date) {
	const calls = await openCallsForYou(actor, 50)
	const openCalls = calls
		.filter((call) => call.submittedAt && new Date(call.submittedAt) > since && new Date(call.submittedAt) <= until)
		.map((call) => ({ title: call.title, url: `/open-calls#call-${call.id}` }))
	const events = (
		await prisma().hubEvent.findMany({
			where: { status: 'published', publishedAt: { gt: since, lte: until }, startsAt: { gt: until } },
			orderBy: { startsAt: 'asc' },
			select: { slug: true, titleEn: true, titleSv: true },
		})
	).flatMap((event) => {
		const title = inLanguage(locale, { en: event.titleEn, sv: event.titleSv })
		return title ? [{ title: title.text, url: eventPath(event.slug) }] : []
	})
	const offers = (
		await prisma().establishmentOffer.findMany({
			where: { published: true, status: { not: 'taken' }, updatedAt: { gt: since, lte: until } },
			orderBy: { updatedAt: 'desc' },
			select: { slug: true, titleEn: true, titleSv: true },
		})
	).flatMap((offer) => {
		const title = inLanguage(locale, { en: offer.titleEn, sv: offer.titleSv })
		return title ? [{ title: title.text, url: offerPath(offer.slug) }] : []
	})
	return { openCalls, events, offers }
}

type Rhythm = keyof typeof periods

function isDue(last: Date | null, frequency: Rhythm, now: Date): boolean {
	if (!last) return true
	return now.getTime() - last.getTime() >= periods[frequency]
}

/** Whether a notice or an item came once the member had chosen the digest for its kind (null: by default, always). */
const chosenBefore = (chosenAt: Date | null | undefined, at: Date) => !chosenAt || chosenAt <= at

function isNoticeKind(value: string): value is NoticeKind {
	return (noticeKinds as readonly string[]).includes(value)
}

/** Unread notices of the kinds gathered in the digest, each from when the member chose "digest" for its kind. */
async function digestNotices(
	userId: string,
	kinds: Map<NotificationKind, Date | null>,
	locale: Locale,
	since: Date,
	until: Date,
): Promise<DigestItem[]> {
	if (!portalNoticeKinds.some((kind) => kinds.has(kind))) return []
	const rows = await prisma().notification.findMany({
		where: { userId, readAt: null, createdAt: { gt: since, lte: until } },
		orderBy: { createdAt: 'asc' },
		select: { kind: true, payload: true, createdAt: true },
	})
	return rows.flatMap((row) => {
		if (!isNoticeKind(row.kind)) return []
		const kind = settingKindOf(row.kind)
		if (!kinds.has(kind) || !chosenBefore(kinds.get(kind), row.createdAt)) return []
		const payload = (row.payload ?? {}) as { path?: unknown; title?: unknown; provider?: unknown }
		if (typeof payload.path !== 'string' || !payload.path.startsWith('/')) return []
		const { subject } = noticeText(locale, row.kind, {
			title: typeof payload.title === 'string' ? payload.title : '',
			provider: typeof payload.provider === 'string' ? payload.provider : undefined,
		})
		return [{ title: subject, url: payload.path }]
	})
}

/** The hub's news items and events published in the window, as far as the member follows them. */
async function followedSince(userId: string, locale: Locale, since: Date, until: Date, chosenAt: Date | null) {
	const follow = await prisma().contentFollow.findUnique({ where: { userId }, select: { news: true, events: true } })
	const window = { gt: since, lte: until, ...(chosenAt ? { gte: chosenAt } : {}) }
	const news = follow?.news
		? await prisma().newsItem.findMany({
				where: { status: 'published', publishedAt: window },
				orderBy: { publishedAt: 'asc' },
				select: { slug: true, titleEn: true, titleSv: true },
			})
		: []
	const events = follow?.events
		? await prisma().hubEvent.findMany({
				where: { status: 'published', publishedAt: window },
				orderBy: { startsAt: 'asc' },
				select: { slug: true, titleEn: true, titleSv: true },
			})
		: []
	const titled = (rows: typeof news, path: (slug: string) => string) =>
		rows.flatMap((row) => {
			const title = inLanguage(locale, { en: row.titleEn, sv: row.titleSv })
			return title ? [{ title: title.text, url: path(row.slug) }] : []
		})
	return { followedNews: titled(news, newsItemPath), followedEvents: titled(events, eventPath) }
}

function isEmpty(digest: Digest): boolean {
	return !(
		digest.searches.length +
		digest.notices.length +
		digest.followedNews.length +
		digest.followedEvents.length +
		digest.openCalls.length +
		digest.events.length +
		digest.offers.length
	)
}

/**
 * One run of the job: every member whose digest is due gets at most one mail.
 * Each member's mail and the times it moves forward commit together.
 */
export async function runAlerts(options: { baseUrl: string; now?: Date }): Promise<AlertRunResult> {
	const now = options.now ?? new Date()
	const until = await indexedUpTo(now)
	const candidates = await prisma().savedSearch.findMany({
		where: {
			frequency: { not: 'off' },
			user: { disabledAt: null, emailVerifiedAt: { not: null } },
		},
		orderBy: [{ userId: 'asc' }, { createdAt: 'asc' }],
	})
	const searchesDue = new Map<string, typeof candidates>()
	for (const saved of candidates) {
		if (saved.frequency === 'off' || !isDue(saved.lastRunAt, saved.frequency, now)) continue
		searchesDue.set(saved.userId, [...(searchesDue.get(saved.userId) ?? []), saved])
	}
	const members = await prisma().user.findMany({
		where: { disabledAt: null, emailVerifiedAt: { not: null } },
		orderBy: { createdAt: 'asc' },
		select: {
			id: true,
			email: true,
			preferredLocale: true,
			createdAt: true,
			alertDigestState: { select: { lastLookedAt: true, lastSentAt: true, createdAt: true, digestFrequency: true } },
		},
	})

	const result: AlertRunResult = { looked: 0, members: 0, mailed: 0 }
	for (const member of members) {
		const state = member.alertDigestState
		const rhythm = state?.digestFrequency ?? 'weekly'
		const lastLook = state ? (state.lastLookedAt ?? state.lastSentAt ?? state.createdAt) : null
		const searches = searchesDue.get(member.id) ?? []
		// A member's rhythm starts when they joined; the first digest of one who joined long before
		// digests existed tells of about one period's news (a day's slack for a late first look).
		if (!searches.length && !isDue(lastLook ?? member.createdAt, rhythm, now)) continue
		const since =
			lastLook ?? new Date(Math.max(member.createdAt.getTime(), until.getTime() - periods[rhythm] - EARLY - DAY))
		const kinds = await digestKindsOf(prisma(), member.id)
		const locale = recipientLocale(member.preferredLocale)
		const digest: Digest = {
			searches: [],
			notices: [],
			followedNews: [],
			followedEvents: [],
			openCalls: [],
			events: [],
			offers: [],
		}
		const needsViewer = (searches.length && kinds.has('savedSearches')) || kinds.has('hubNews')
		const actor = needsViewer ? await viewerOfUser(member.id) : null
		if (actor && kinds.has('savedSearches')) {
			for (const saved of searches) {
				const from = saved.lastRunAt ?? saved.createdAt
				const { listings, more } = await newMatches(saved, actor, locale, from, until)
				if (listings.length) digest.searches.push({ name: saved.name, url: savedSearchHref(saved), listings, more })
			}
		}
		if (since < until) {
			digest.notices = await digestNotices(member.id, kinds, locale, since, until)
			if (kinds.has('following')) {
				Object.assign(digest, await followedSince(member.id, locale, since, until, kinds.get('following') ?? null))
			}
			if (actor && kinds.has('hubNews')) {
				const news = await hubNewsSince(actor, locale, since, until)
				const followed = new Set(digest.followedEvents.map((event) => event.url))
				Object.assign(digest, { ...news, events: news.events.filter((event) => !followed.has(event.url)) })
			}
		}
		const anything = !isEmpty(digest)
		await prisma().$transaction(async (tx) => {
			if (searches.length) {
				await tx.savedSearch.updateMany({
					where: { id: { in: searches.map((saved) => saved.id) } },
					data: { lastRunAt: until, ...(anything ? { lastSentAt: now } : {}) },
				})
			}
			const times = { lastLookedAt: until, ...(anything ? { lastSentAt: until } : {}) }
			const written = await tx.alertDigestState.upsert({
				where: { userId: member.id },
				create: { userId: member.id, unsubscribeKey: newAlertKey(), ...times },
				update: times,
			})
			if (!anything) return
			await queueMail(tx, 'alertDigest', {
				to: member.email,
				locale,
				baseUrl: options.baseUrl,
				digest,
				token: alertUnsubscribeToken(member.id, written.unsubscribeKey),
			})
			result.mailed++
		})
		result.looked += searches.length
		result.members++
	}
	return result
}
