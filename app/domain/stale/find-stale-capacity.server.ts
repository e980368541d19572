import { Prisma, type PrismaClient } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import { capacityStaleCutoff } from './stale-rule.ts'

export interface StaleCapacity {
	id: string
	ref: string
	name: string
	organizationId: string | null
	ownerUserId: string | null
	suites: number
	/** The latest change of a suite or window, or confirmation of the windows: what made them stale by being old. */
	lastSeenCurrentAt: Date
	capacityNudgedAt: Date | null
}

export interface StaleCapacityQuery {
	now?: Date
	/** Only facilities not asked about their windows within the period either: what the daily job mails. */
	dueForNudge?: boolean
	/** One facility only (the job's and a coordinator's re-check under its lock). */
	listingId?: string
	limit?: number
	db?: Pick<PrismaClient, '$queryRaw'>
}

/**
 * Published facilities keeping suites whose capacity nobody has changed or
 * confirmed within CAPACITY_WINDOWS_STALE_MONTHS, oldest first. A suite's or
 * window's own `updatedAt` is a change (the editor, an import); removing one
 * leaves no row behind, so the editor marks `capacityCurrentAt` on every write
 * and a confirmation does the same. One query for the coordinators' list, the
 * daily job and the re-check under the lock.
 */
export async function findStaleCapacity(query: StaleCapacityQuery = {}): Promise<StaleCapacity[]> {
	const now = query.now ?? new Date()
	const cutoff = capacityStaleCutoff(now)
	const due = query.dueForNudge
		? Prisma.sql`AND (l."capacityNudgedAt" IS NULL OR l."capacityNudgedAt" < ${cutoff})`
		: Prisma.empty
	const one = query.listingId ? Prisma.sql`AND l."id" = ${query.listingId}::uuid` : Prisma.empty
	return (query.db ?? prisma()).$queryRaw<StaleCapacity[]>`
		SELECT * FROM (
			SELECT l."id", l."ref", l."name", l."organizationId", l."ownerUserId", l."capacityNudgedAt",
				c."suites"::int AS "suites",
				GREATEST(c."lastChangedAt", l."capacityCurrentAt") AS "lastSeenCurrentAt"
			FROM "Listing" l
			JOIN LATERAL (
				SELECT count(*) AS "suites",
					GREATEST(max(s."updatedAt"), (
						SELECT max(w."updatedAt") FROM "CapacityWindow" w
						JOIN "FacilitySuite" ws ON ws."id" = w."suiteId" WHERE ws."facilityId" = l."id"
					)) AS "lastChangedAt"
				FROM "FacilitySuite" s WHERE s."facilityId" = l."id"
			) c ON c."suites" > 0
			WHERE l."type" = 'facility' AND l."status" = 'published' AND l."mergedIntoId" IS NULL ${due} ${one}
		) stale
		WHERE stale."lastSeenCurrentAt" < ${cutoff}
		ORDER BY stale."lastSeenCurrentAt" ASC, stale."id" ASC
		LIMIT ${query.limit ?? 500}`
}
