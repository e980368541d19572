import { prisma } from '~/utils/db.server.ts'
import { RuleError } from '../../rules.ts'
import {
	auditEnquiry,
	enquiryIdOfLink,
	enquiryTransition,
	lockEnquiry,
	notifyOffice,
} from './enquiry-records.server.ts'

/**
 * The enquirer confirms the address from the mail's link: the enquiry
 * reaches the office, which is told. Pressing the button again (or on a later
 * link) changes nothing; an expired enquiry stays expired.
 */
export async function confirmEnquiry(options: {
	token: string
	baseUrl: string
	now?: Date
}): Promise<{ enquiryId: string; confirmedNow: boolean }> {
	const now = options.now ?? new Date()
	return prisma().$transaction(async (tx) => {
		const enquiryId = await enquiryIdOfLink(tx, options.token)
		if (!enquiryId) throw new RuleError('enquiry-not-found')
		const enquiry = await lockEnquiry(tx, enquiryId)
		if (enquiry.status === 'expired') throw new RuleError('enquiry-not-found')
		if (enquiry.status !== 'unconfirmed') return { enquiryId, confirmedNow: false }
		const status = enquiryTransition(enquiry.status, 'confirm')
		await tx.establishmentEnquiry.update({
			where: { id: enquiry.id },
			data: { status, confirmedAt: now, updatedAt: now },
		})
		await auditEnquiry(tx, null, 'enquiry.confirmed', enquiry.id)
		await notifyOffice(tx, enquiry, 'enquiry.received', { baseUrl: options.baseUrl })
		return { enquiryId, confirmedNow: true }
	})
}
