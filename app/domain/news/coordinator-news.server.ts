import { prisma } from '~/utils/db.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'

// What coordinators see of news: every item in every state, newest first.

export async function listNewsForCoordinators(actor: Actor) {
	assertCan(actor, 'content.publish')
	const rows = await prisma().newsItem.findMany({
		orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
		take: 200,
		select: { id: true, slug: true, titleEn: true, titleSv: true, status: true, publishedAt: true, updatedAt: true },
	})
	return rows.map((row) => ({
		...row,
		publishedAt: row.publishedAt?.toISOString() ?? null,
		updatedAt: row.updatedAt.toISOString(),
	}))
}

export async function newsItemForEdit(actor: Actor, id: string) {
	assertCan(actor, 'content.publish')
	const row = await prisma().newsItem.findUnique({ where: { id } })
	if (!row) return null
	return {
		id: row.id,
		slug: row.slug,
		status: row.status,
		publishedAt: row.publishedAt?.toISOString() ?? null,
		values: {
			titleEn: row.titleEn ?? '',
			leadEn: row.leadEn ?? '',
			bodyEn: row.bodyEn ?? '',
			titleSv: row.titleSv ?? '',
			leadSv: row.leadSv ?? '',
			bodySv: row.bodySv ?? '',
			imageAlt: row.imageAlt ?? '',
		},
		image: row.imageKey ? { key: row.imageKey, alt: row.imageAlt ?? '' } : null,
	}
}
