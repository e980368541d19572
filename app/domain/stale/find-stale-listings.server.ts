import { Prisma, type PrismaClient } from '~/generated/prisma/client.ts'
import type { ListingType } from '~/generated/prisma/enums.ts'
import { env } from '~/utils/env.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { staleCutoff } from './stale-rule.ts'

export interface StaleListing {
	id: string
	type: ListingType
	ref: string
	name: string
	organizationId: string | null
	ownerUserId: string | null
	publishedAt: Date | null
	/** The last approved revision's decision. */
	lastEditedAt: Date | null
	confirmedAt: Date | null
	nudgedAt: Date | null
	/** The latest of publication, edit and confirmation: what made it stale by being old. */
	lastSeenAccurateAt: Date
}

export interface StaleQuery {
	now?: Date
	/** HUB_STALE_MONTHS unless given. */
	months?: number
	/** Only listings not asked within the period either: what the daily job mails. */
	dueForNudge?: boolean
	/** One listing only (a coordinator's "nudge again" checks it is still stale). */
	listingId?: string
	limit?: number
	/** The caller's transaction, to read under its lock. */
	db?: Pick<PrismaClient, '$queryRaw'>
}

/**
 * Published listings whose last sign of life (publication, an approved edit,
 * a confirmation) is older than the stale period, oldest first. One query
 * over the listings with the latest approved revision of each beside it, so
 * the coordinators' list and the daily job agree on what "stale" means.
 */
export async function findStaleListings(query: StaleQuery = {}): Promise<StaleListing[]> {
	const now = query.now ?? new Date()
	const cutoff = staleCutoff(now, query.months ?? env().HUB_STALE_MONTHS)
	const due = query.dueForNudge ? Prisma.sql`AND (l."nudgedAt" IS NULL OR l."nudgedAt" < ${cutoff})` : Prisma.empty
	const one = query.listingId ? Prisma.sql`AND l."id" = ${query.listingId}::uuid` : Prisma.empty
	return (query.db ?? prisma()).$queryRaw<StaleListing[]>`
		SELECT * FROM (
			SELECT l."id", l."type"::text AS "type", l."ref", l."name", l."organizationId", l."ownerUserId",
				l."publishedAt", e."lastEditedAt", l."confirmedAt", l."nudgedAt",
				GREATEST(coalesce(l."publishedAt", l."createdAt"), e."lastEditedAt", l."confirmedAt") AS "lastSeenAccurateAt"
			FROM "Listing" l
			LEFT JOIN LATERAL (
				SELECT max(r."decidedAt") AS "lastEditedAt" FROM "ListingRevision" r
				WHERE r."listingId" = l."id" AND r."status" = 'approved'
			) e ON true
			WHERE l."status" = 'published' AND l."mergedIntoId" IS NULL ${due} ${one}
		) stale
		WHERE stale."lastSeenAccurateAt" < ${cutoff}
		ORDER BY stale."lastSeenAccurateAt" ASC, stale."id" ASC
		LIMIT ${query.limit ?? 500}`
}
