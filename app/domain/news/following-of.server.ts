import { prisma } from '~/utils/db.server.ts'

export interface Following {
	news: boolean
	events: boolean
}

/** What a signed-in person follows; nothing for a visitor. */
export async function followingOf(userId: string | undefined): Promise<Following> {
	if (!userId) return { news: false, events: false }
	const follow = await prisma().contentFollow.findUnique({ where: { userId }, select: { news: true, events: true } })
	return follow ?? { news: false, events: false }
}
