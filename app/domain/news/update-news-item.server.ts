import { prisma } from '~/utils/db.server.ts'
import { releaseImages } from '../images/release-images.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { newsColumns } from './create-news-item.server.ts'
import type { NewsInput } from './news-schema.ts'
import { allocateNewsSlug } from './news-slug.server.ts'

/**
 * A coordinator edits a news item. Until it is first published its slug
 * follows the title; after that the address stays, so links people shared
 * keep working.
 */
export async function updateNewsItem(actor: Actor, id: string, input: NewsInput): Promise<{ slug: string }> {
	assertCan(actor, 'content.publish')
	return prisma().$transaction(async (tx) => {
		await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('news-slug'))`
		const news = await tx.newsItem.findUnique({
			where: { id },
			select: { slug: true, publishedAt: true, imageKey: true },
		})
		if (!news) throw new RuleError('news-not-found')
		const title = input.titleEn ?? input.titleSv ?? ''
		const slug = news.publishedAt ? news.slug : await allocateNewsSlug(tx, title, id)
		const columns = newsColumns(input)
		await tx.newsItem.update({ where: { id }, data: { ...columns, slug } })
		if (news.imageKey !== columns.imageKey) await releaseImages(tx, [news.imageKey])
		await recordAudit(tx, { actorId: actor.userId, action: 'news.updated', entityType: 'news', entityId: id })
		return { slug }
	})
}
