import type { Locale } from '~/i18n/locale.ts'
import { queueMail } from '~/mail/queue-mail.server.ts'
import { recipientLocale } from '~/mail/recipient-locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { SEARCH_TOPICS } from '../../../search/sync.server.ts'
import { viewerOfUser } from '../auth/viewer-of-session.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { offerPath } from '../establishment/offer-path.ts'
import { openCallsForYou } from '../home/open-calls-for-you.server.ts'
import { eventPath } from '../news/paths.ts'
import { inLanguage } from '../news/in-language.ts'
import { deliveriesFor } from '../notifications/delivery.server.ts'
import { searchDirectory } from '../search/run-search.server.ts'
import { alertUnsubscribeToken, newAlertKey } from './alert-unsubscribe.server.ts'
import { savedSearchHref } from './saved-searches-of.server.ts'

// The alert digest: a periodic job (server/background.server.ts, once across
// processes) looks at each saved search that is due, runs it as its owner
// would, and keeps the listings published or changed since its last look.
// One mail per member gathers every due search's news, the open calls that
// fit their organisations, and the events and offers published since their
// last digest. Nothing new, no mail; a look that found nothing still counts
// as a look, so every listing is reported at most once.

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
	openCalls: DigestItem[]
	events: DigestItem[]
	offers: DigestItem[]
}

export interface AlertRunResult {
	looked: number
	mailed: number
}

/**
 * Listings the index knows of are current up to the oldest search change it
 * has not taken in yet: a look up to there, and the next one from there,
 * misses nothing a slow index had not yet seen.
 */
async function indexedUpTo(now: Date): Promise<Date> {
	const oldest = await prisma().outboxEvent.findFirst({
		where: { processedAt: null, topic: { in: [...SEARCH_TOPICS] } },
		orderBy: { createdAt: 'asc' },
		select: { createdAt: true },
	})
	return oldest && oldest.createdAt < now ? oldest.createdAt : now
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

async function extrasSince(actor: Actor, locale: Locale, since: Date, until: Date) {
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

function isDue(saved: { frequency: keyof typeof periods; lastRunAt: Date | null }, now: Date): boolean {
	if (!saved.lastRunAt) return true
	return now.getTime() - saved.lastRunAt.getTime() >= periods[saved.frequency]
}

/**
 * One run of the job: every member with a due saved search gets at most one
 * digest. Each member's mail and the times it moves forward commit together.
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
	const due = candidates.filter((saved) => saved.frequency !== 'off' && isDue(saved as never, now))
	const byUser = new Map<string, typeof due>()
	for (const saved of due) byUser.set(saved.userId, [...(byUser.get(saved.userId) ?? []), saved])
	const settings = await deliveriesFor(prisma(), [...byUser.keys()], 'savedSearches')

	let mailed = 0
	let looked = 0
	for (const [userId, searches] of byUser) {
		const actor = await viewerOfUser(userId)
		const user = await prisma().user.findUnique({
			where: { id: userId },
			select: { email: true, preferredLocale: true },
		})
		if (!actor || !user) continue
		const locale = recipientLocale(user.preferredLocale)
		const wantsMail = settings.get(userId) !== 'off'
		const digest: Digest = { searches: [], openCalls: [], events: [], offers: [] }
		if (wantsMail) {
			for (const saved of searches) {
				const since = saved.lastRunAt ?? saved.createdAt
				const { listings, more } = await newMatches(saved, actor, locale, since, until)
				if (listings.length) digest.searches.push({ name: saved.name, url: savedSearchHref(saved), listings, more })
			}
			const state = await prisma().alertDigestState.findUnique({ where: { userId } })
			const earliest = Math.min(...searches.map((saved) => (saved.lastRunAt ?? saved.createdAt).getTime()))
			const extrasFrom =
				state?.lastSentAt && state.lastSentAt.getTime() > earliest ? state.lastSentAt : new Date(earliest)
			Object.assign(digest, await extrasSince(actor, locale, extrasFrom, until))
		}
		const anything = digest.searches.length + digest.openCalls.length + digest.events.length + digest.offers.length > 0
		await prisma().$transaction(async (tx) => {
			const ids = searches.map((saved) => saved.id)
			await tx.savedSearch.updateMany({
				where: { id: { in: ids } },
				data: { lastRunAt: until, ...(anything ? { lastSentAt: now } : {}) },
			})
			if (!anything) return
			const state = await tx.alertDigestState.upsert({
				where: { userId },
				create: { userId, unsubscribeKey: newAlertKey(), lastSentAt: until },
				update: { lastSentAt: until },
			})
			await queueMail(tx, 'alertDigest', {
				to: user.email,
				locale,
				baseUrl: options.baseUrl,
				digest,
				token: alertUnsubscribeToken(userId, state.unsubscribeKey),
			})
			mailed++
		})
		looked += searches.length
	}
	return { looked, mailed }
}
