import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import type { NewsInput } from './news-schema.ts'
import { allocateNewsSlug } from './news-slug.server.ts'

/** A coordinator writes a news item: a draft until it is published (publish-news-item.server.ts). */
export async function createNewsItem(actor: Actor, input: NewsInput): Promise<{ id: string }> {
	assertCan(actor, 'content.publish')
	return prisma().$transaction(async (tx) => {
		const title = input.titleEn ?? input.titleSv ?? ''
		// Two coordinators saving the same title at once must not get the same slug.
		await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('news-slug'))`
		const news = await tx.newsItem.create({
			data: { ...newsColumns(input), slug: await allocateNewsSlug(tx, title), authorId: actor.userId },
			select: { id: true },
		})
		await recordAudit(tx, { actorId: actor.userId, action: 'news.created', entityType: 'news', entityId: news.id })
		return news
	})
}

/** The stored columns of the form's values: a language left empty is stored as nothing. */
export function newsColumns(input: NewsInput) {
	return {
		titleEn: input.titleEn ?? null,
		leadEn: input.leadEn ?? null,
		bodyEn: input.bodyEn ?? null,
		titleSv: input.titleSv ?? null,
		leadSv: input.leadSv ?? null,
		bodySv: input.bodySv ?? null,
		imageKey: input.image ?? null,
		imageAlt: input.image ? (input.imageAlt ?? null) : null,
	}
}
