import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'

export interface AuditLogFilter {
	entityType?: string
	entityId?: string
	actorId?: string
	page?: number
	pageSize?: number
}

export interface AuditLogEntry {
	id: string
	at: string
	action: string
	entityType: string
	entityId: string
	/** The listing's name when the entry is about a listing that still exists. */
	entityName: string | null
	actor:
		| { kind: 'user'; id: string; name: string }
		/** The account was erased: the log keeps the pseudonymous id only. */
		| { kind: 'erased'; id: string; shortId: string }
		| { kind: 'system' }
	changes: Prisma.JsonValue
}

export interface AuditLogPage {
	entries: AuditLogEntry[]
	total: number
	page: number
	pageCount: number
	entityTypes: string[]
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The audit log newest first, filtered by entity and actor, with actors named while their account exists. */
export async function auditLog(filter: AuditLogFilter = {}): Promise<AuditLogPage> {
	const pageSize = filter.pageSize ?? 50
	const page = Math.max(1, filter.page ?? 1)
	const where: Prisma.AuditEntryWhereInput = {
		...(filter.entityType ? { entityType: filter.entityType } : {}),
		...(filter.entityId ? { entityId: filter.entityId } : {}),
		...(filter.actorId ? { actorId: filter.actorId } : {}),
	}
	const db = prisma()
	const [total, rows, types] = await db.$transaction([
		db.auditEntry.count({ where }),
		db.auditEntry.findMany({
			where,
			orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
			skip: (page - 1) * pageSize,
			take: pageSize,
		}),
		db.auditEntry.findMany({ distinct: ['entityType'], select: { entityType: true }, orderBy: { entityType: 'asc' } }),
	])
	const actorIds = [...new Set(rows.flatMap((row) => (row.actorId && UUID.test(row.actorId) ? [row.actorId] : [])))]
	const listingIds = [
		...new Set(rows.flatMap((row) => (row.entityType === 'listing' && UUID.test(row.entityId) ? [row.entityId] : []))),
	]
	const [users, listings] = await Promise.all([
		actorIds.length ? db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : [],
		listingIds.length
			? db.listing.findMany({ where: { id: { in: listingIds } }, select: { id: true, name: true } })
			: [],
	])
	const userNames = new Map(users.map((user) => [user.id, user.name]))
	const listingNames = new Map(listings.map((listing) => [listing.id, listing.name]))
	return {
		entries: rows.map((row) => {
			const name = row.actorId ? userNames.get(row.actorId) : undefined
			return {
				id: row.id.toString(),
				at: row.createdAt.toISOString(),
				action: row.action,
				entityType: row.entityType,
				entityId: row.entityId,
				entityName: listingNames.get(row.entityId) ?? null,
				actor: !row.actorId
					? { kind: 'system' as const }
					: name !== undefined
						? { kind: 'user' as const, id: row.actorId, name }
						: { kind: 'erased' as const, id: row.actorId, shortId: row.actorId.slice(0, 8) },
				changes: row.changes,
			}
		}),
		total,
		page,
		pageCount: Math.max(1, Math.ceil(total / pageSize)),
		entityTypes: types.map((type) => type.entityType),
	}
}
