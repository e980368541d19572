import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'

/** Marks the person's notifications read (all of them, or the one they opened). */
export async function markNotificationsRead(actor: Actor, options: { id?: string; now?: Date } = {}): Promise<number> {
	const { count } = await prisma().notification.updateMany({
		where: { userId: actor.userId, readAt: null, ...(options.id ? { id: options.id } : {}) },
		data: { readAt: options.now ?? new Date() },
	})
	return count
}
