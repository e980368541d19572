import { prisma } from '~/utils/db.server.ts'
import {
	auditEnquiry,
	enquiryTransition,
	lockEnquiryOfEnquirer,
	notifyOffice,
	type Enquirer,
} from './enquiry-records.server.ts'

/**
 * The enquirer no longer needs the office (the page asks for a confirmation
 * first): the enquiry closes as withdrawn and leaves the office's queue, and
 * the office is told so that nobody keeps working on it.
 */
export async function withdrawEnquiry(options: {
	enquirer: Enquirer
	baseUrl: string
	now?: Date
}): Promise<{ enquiryId: string }> {
	const now = options.now ?? new Date()
	const { enquirer } = options
	return prisma().$transaction(async (tx) => {
		const { enquiry, actor } = await lockEnquiryOfEnquirer(tx, enquirer)
		const status = enquiryTransition(enquiry.status, 'withdraw')
		await tx.establishmentEnquiry.update({
			where: { id: enquiry.id },
			data: { status, outcome: 'withdrawn', closedAt: now, updatedAt: now },
		})
		await auditEnquiry(tx, actor, 'enquiry.withdrawn', enquiry.id)
		await notifyOffice(tx, enquiry, 'enquiry.withdrawn', { baseUrl: options.baseUrl })
		return { enquiryId: enquiry.id }
	})
}
