import { prisma } from '~/utils/db.server.ts'
import { env } from '~/utils/env.server.ts'
import { lockListing } from '../listings/listing-writes.server.ts'
import { findStaleListings } from './find-stale-listings.server.ts'
import { nudgeListing } from './nudge-listing.server.ts'

const BATCH = 200

/**
 * The daily job: asks about every stale listing nobody was asked about in
 * the stale period, at most once a period each. Each listing is one
 * transaction under its lock with its staleness checked again, so two
 * overlapping runs (or a coordinator's "nudge again" meanwhile) never mail
 * twice.
 */
export async function sendStaleNudges(options: {
	baseUrl: string
	now?: Date
	months?: number
}): Promise<{ nudged: number; nobodyToAsk: number }> {
	const now = options.now ?? new Date()
	const months = options.months ?? env().HUB_STALE_MONTHS
	const due = await findStaleListings({ now, months, dueForNudge: true, limit: BATCH })
	let nudged = 0
	let nobodyToAsk = 0
	for (const candidate of due) {
		const asked = await prisma().$transaction(async (tx) => {
			await lockListing(tx, candidate.id)
			// Read again under the lock: another run, or a confirmation, may have come first.
			const [still] = await findStaleListings({ now, months, dueForNudge: true, listingId: candidate.id, db: tx })
			if (!still) return null
			return nudgeListing(tx, still, { now, baseUrl: options.baseUrl, actorId: null })
		})
		if (asked === null) continue
		if (asked > 0) nudged++
		else nobodyToAsk++
	}
	return { nudged, nobodyToAsk }
}
