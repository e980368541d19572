import { prisma } from '~/utils/db.server.ts'
import { auditEnquiry, enquiryTransition, lockEnquiry } from './enquiry-records.server.ts'

/** How long a visitor's enquiry waits for its address to be confirmed before it lapses. */
export const UNCONFIRMED_ENQUIRY_DAYS = 7

/**
 * Enquiries nobody confirmed lapse (the background work runs this, like the
 * routes' reminders): one transaction each, so a failure halfway leaves every
 * enquiry either expired or still waiting, never half of each. The contact
 * details of an enquiry that never reached anyone are not kept.
 */
export async function expireUnconfirmedEnquiries(options: { now?: Date } = {}): Promise<{ expired: number }> {
	const now = options.now ?? new Date()
	const cutoff = new Date(now.getTime() - UNCONFIRMED_ENQUIRY_DAYS * 24 * 3_600_000)
	const due = await prisma().establishmentEnquiry.findMany({
		where: { status: 'unconfirmed', createdAt: { lt: cutoff } },
		select: { id: true },
		orderBy: { createdAt: 'asc' },
		take: 500,
	})
	let expired = 0
	for (const { id } of due) {
		const done = await prisma().$transaction(async (tx) => {
			const enquiry = await lockEnquiry(tx, id)
			// Confirmed meanwhile: nothing to do.
			if (enquiry.status !== 'unconfirmed') return false
			await tx.establishmentEnquiry.update({
				where: { id },
				data: {
					status: enquiryTransition(enquiry.status, 'expire'),
					contactName: '',
					contactEmail: '',
					contactPhone: null,
					accessTokenHashes: [],
					updatedAt: now,
				},
			})
			await auditEnquiry(tx, null, 'enquiry.expired', id)
			return true
		})
		if (done) expired++
	}
	return { expired }
}
