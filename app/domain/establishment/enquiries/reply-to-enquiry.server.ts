import { prisma } from '~/utils/db.server.ts'
import { RuleError } from '../../rules.ts'
import { enquiryLimits } from './enquiry-limits.ts'
import {
	auditEnquiry,
	enquiryTransition,
	lockEnquiryOfEnquirer,
	notifyOffice,
	type Enquirer,
} from './enquiry-records.server.ts'

/**
 * The enquirer writes on the thread (answering the office, or adding to what
 * they asked); the enquiry is the office's turn again, and the office is told.
 */
export async function replyToEnquiry(options: {
	enquirer: Enquirer
	body: string
	baseUrl: string
	now?: Date
}): Promise<{ enquiryId: string }> {
	const body = options.body.trim()
	if (!body || body.length > enquiryLimits.message) throw new RuleError('message-invalid', 'body')
	const now = options.now ?? new Date()
	const { enquirer } = options
	return prisma().$transaction(async (tx) => {
		const { enquiry, actor } = await lockEnquiryOfEnquirer(tx, enquirer)
		const status = enquiryTransition(enquiry.status, 'reply')
		await tx.establishmentEnquiryMessage.create({
			data: { enquiryId: enquiry.id, side: 'enquirer', authorId: actor?.userId ?? null, body, createdAt: now },
		})
		await tx.establishmentEnquiry.update({ where: { id: enquiry.id }, data: { status, updatedAt: now } })
		await auditEnquiry(tx, actor, 'enquiry.replied', enquiry.id)
		await notifyOffice(tx, enquiry, 'enquiry.replied', { baseUrl: options.baseUrl })
		return { enquiryId: enquiry.id }
	})
}
