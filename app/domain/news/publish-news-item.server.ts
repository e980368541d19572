import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { announceToFollowers } from './followers-mail.server.ts'

/**
 * A draft (or a withdrawn item put back) goes public. The first publication
 * dates it; putting a withdrawn item back keeps its date, so it does not jump
 * to the top of the list and the feed as if it were new.
 */
export async function publishNewsItem(actor: Actor, id: string, now = new Date()): Promise<{ slug: string }> {
	assertCan(actor, 'content.publish')
	return prisma().$transaction(async (tx) => {
		const [news] = await tx.$queryRaw<Array<{ status: string; publishedAt: Date | null; slug: string }>>`
			SELECT status::text, "publishedAt", slug FROM "NewsItem" WHERE id = ${id}::uuid FOR UPDATE`
		if (!news) throw new RuleError('news-not-found')
		if (news.status === 'published') throw new RuleError('transition-not-allowed')
		await tx.newsItem.update({
			where: { id },
			data: { status: 'published', publishedAt: news.publishedAt ?? now },
		})
		await recordAudit(tx, { actorId: actor.userId, action: 'news.published', entityType: 'news', entityId: id })
		if (!news.publishedAt) await announceToFollowers(tx, 'news', id)
		return { slug: news.slug }
	})
}
