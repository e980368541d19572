import { prisma } from '~/utils/db.server.ts'
import { RuleError } from '../../rules.ts'
import {
	auditEnquiry,
	enquiryIdOfLink,
	enquiryTransition,
	lockEnquiry,
	notifyOffice,
} from './enquiry-records.server.ts'
import type { Enquirer } from './reply-to-enquiry.server.ts'

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
		const enquiryId = 'token' in enquirer ? await enquiryIdOfLink(tx, enquirer.token) : enquirer.enquiryId
		if (!enquiryId) throw new RuleError('enquiry-not-found')
		const enquiry = await lockEnquiry(tx, enquiryId)
		const actor = 'actor' in enquirer ? enquirer.actor : null
		if (actor && enquiry.senderUserId !== actor.userId) throw new RuleError('enquiry-not-found')
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
