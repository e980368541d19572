import { prisma } from '~/utils/db.server.ts'
import { env } from '~/utils/env.server.ts'
import { lockListing } from '../listings/listing-writes.server.ts'
import { findStaleCapacity } from './find-stale-capacity.server.ts'
import { findStaleListings } from './find-stale-listings.server.ts'
import { nudgeListing } from './nudge-listing.server.ts'

const BATCH = 200

/**
 * The daily job: asks about every stale listing nobody was asked about in
 * the stale period, at most once a period each, and about every facility
 * whose capacity windows are stale (their own, shorter period), likewise. Each listing is one
 * transaction under its lock with its staleness checked again, so two
 * overlapping runs (or a coordinator's "nudge again" meanwhile) never mail
 * twice.
 */
export async function sendStaleNudges(options: {
	baseUrl: string
	now?: Date
	months?: number
}): Promise<{ nudged: number; nobodyToAsk: number; capacityNudged: number; capacityNobodyToAsk: number }> {
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
	const capacity = await sendCapacityNudges({ now, baseUrl: options.baseUrl })
	return { nudged, nobodyToAsk, capacityNudged: capacity.nudged, capacityNobodyToAsk: capacity.nobodyToAsk }
}

/** "Are the suite windows still right?" to each facility due for it, under its lock, checked again there. */
async function sendCapacityNudges(options: { now: Date; baseUrl: string }) {
	const { now } = options
	const due = await findStaleCapacity({ now, dueForNudge: true, limit: BATCH })
	let nudged = 0
	let nobodyToAsk = 0
	for (const candidate of due) {
		const asked = await prisma().$transaction(async (tx) => {
			await lockListing(tx, candidate.id)
			const [still] = await findStaleCapacity({ now, dueForNudge: true, listingId: candidate.id, db: tx })
			if (!still) return null
			return nudgeListing(
				tx,
				{ ...still, type: 'facility' },
				{ now, baseUrl: options.baseUrl, actorId: null, purpose: 'capacity' },
			)
		})
		if (asked === null) continue
		if (asked > 0) nudged++
		else nobodyToAsk++
	}
	return { nudged, nobodyToAsk }
}
