import { z } from 'zod'
import type { Prisma } from '~/generated/prisma/client.ts'
import { translator } from '~/i18n/messages.ts'
import { locales, type Locale } from '~/i18n/locale.ts'
import { queueMail } from '~/mail/queue-mail.server.ts'
import { recipientLocale } from '~/mail/recipient-locale.ts'
import { enqueue, type OutboxWriter } from '~/outbox/outbox.server.ts'
import type { OutboxHandler } from '~/outbox/worker.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { deliveriesFor } from '../notifications/delivery.server.ts'
import { byMailNow } from '../notifications/notification-kinds.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { eventStartText } from '../events/event-when.ts'
import { findPublicEvent } from '../events/public-events.server.ts'
import { eventPath, newsItemPath } from './paths.ts'
import { findPublishedNews } from './public-news.server.ts'
import { unsubscribeToken } from './unsubscribe-token.server.ts'

// Followers hear of a news item or an event once, when it is first published.
// The publish use case enqueues one job in its own transaction; the worker
// fans it out into one mail per follower, in their language, in one
// transaction that also records the mailing, so a retried job (or the item
// published again after a withdrawal) never mails anyone twice.

export const FOLLOWERS_TOPIC = 'content.published'

const jobSchema = z.object({ kind: z.enum(['news', 'event']) })
type ContentKind = z.infer<typeof jobSchema>['kind']

/** Called by the publish use cases inside their transaction, on first publication only. */
export async function announceToFollowers(tx: OutboxWriter, kind: ContentKind, contentId: string): Promise<void> {
	await enqueue(tx, { topic: FOLLOWERS_TOPIC, aggregateId: contentId, payload: { kind } })
}

interface Announcement {
	title: string
	summary: string
	path: string
}

/** The item as followers of each language read it; null when it is no longer public (withdrawn meanwhile). */
async function announcementIn(kind: ContentKind, slug: string, locale: Locale): Promise<Announcement | null> {
	if (kind === 'news') {
		const news = await findPublishedNews(slug, locale)
		return news && { title: news.title, summary: news.lead, path: newsItemPath(slug) }
	}
	const event = await findPublicEvent(slug, locale)
	if (!event || event.cancelled) return null
	const when = eventStartText(translator(locale).intlLocale, event.startsAt, event.timeZone)
	return { title: event.title, summary: event.place ? `${when} · ${event.place}` : when, path: eventPath(slug) }
}

async function slugOf(kind: ContentKind, id: string): Promise<string | null> {
	const row =
		kind === 'news'
			? await prisma().newsItem.findUnique({ where: { id }, select: { slug: true } })
			: await prisma().hubEvent.findUnique({ where: { id }, select: { slug: true } })
	return row?.slug ?? null
}

/** Mails every follower of this kind of content about one item; does nothing the second time. */
export async function mailFollowers(kind: ContentKind, contentId: string): Promise<{ mailed: number }> {
	const slug = await slugOf(kind, contentId)
	if (!slug) return { mailed: 0 }
	const texts = new Map<Locale, Announcement | null>()
	for (const locale of locales) texts.set(locale, await announcementIn(kind, slug, locale))
	if (![...texts.values()].some(Boolean)) return { mailed: 0 }

	return prisma().$transaction(
		async (tx) => {
			const first = await tx.$executeRaw`
				INSERT INTO "ContentMailing" ("kind", "contentId") VALUES (${kind}::"ContentKind", ${contentId}::uuid)
				ON CONFLICT DO NOTHING`
			if (first === 0) return { mailed: 0 }
			const where: Prisma.ContentFollowWhereInput = kind === 'news' ? { news: true } : { events: true }
			const followers = await tx.contentFollow.findMany({
				where: { ...where, user: { disabledAt: null, emailVerifiedAt: { not: null } } },
				select: { userId: true, unsubscribeKey: true, user: { select: { email: true, preferredLocale: true } } },
			})
			const baseUrl = publicBaseUrl()
			// A follower who turned these mails off keeps the follow, unmailed; one who chose the
			// digest hears of the item in their next digest instead (run-alerts).
			const deliveries = await deliveriesFor(
				tx,
				followers.map((follower) => follower.userId),
				'following',
			)
			let mailed = 0
			for (const follower of followers) {
				if (!byMailNow(deliveries.get(follower.userId)!)) continue
				const locale = recipientLocale(follower.user.preferredLocale)
				const text = texts.get(locale) ?? [...texts.values()].find(Boolean)
				if (!text) continue
				await queueMail(tx, 'followedContent', {
					to: follower.user.email,
					locale,
					baseUrl,
					kind,
					...text,
					token: unsubscribeToken(follower.userId, follower.unsubscribeKey),
				})
				mailed++
			}
			return { mailed }
		},
		{ timeout: 60_000 },
	)
}

export function followersOutboxHandlers(): Record<string, OutboxHandler> {
	return {
		[FOLLOWERS_TOPIC]: async (events) => {
			const failed: Array<{ id: bigint; error: unknown }> = []
			for (const event of events) {
				try {
					await mailFollowers(jobSchema.parse(event.payload).kind, event.aggregateId)
				} catch (error) {
					failed.push({ id: event.id, error })
				}
			}
			return { failed }
		},
	}
}
