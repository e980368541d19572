import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'

/** A published item leaves the public pages and the feed (its page answers 404); it can be published again. */
export async function withdrawNewsItem(actor: Actor, id: string): Promise<void> {
	assertCan(actor, 'content.publish')
	await prisma().$transaction(async (tx) => {
		const [news] = await tx.$queryRaw<Array<{ status: string }>>`
			SELECT status::text FROM "NewsItem" WHERE id = ${id}::uuid FOR UPDATE`
		if (!news) throw new RuleError('news-not-found')
		if (news.status !== 'published') throw new RuleError('transition-not-allowed')
		await tx.newsItem.update({ where: { id }, data: { status: 'withdrawn' } })
		await recordAudit(tx, { actorId: actor.userId, action: 'news.withdrawn', entityType: 'news', entityId: id })
	})
}
