import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../../auth/permissions.ts'
import { RuleError } from '../../rules.ts'
import { enquiryLimits } from './enquiry-schema.ts'
import {
	auditEnquiry,
	enquiryIdOfLink,
	enquiryTransition,
	lockEnquiry,
	notifyOffice,
} from './enquiry-records.server.ts'

/** Who is replying: the member who sent the enquiry, or a visitor holding a link from their mail. */
export type Enquirer = { actor: Actor; enquiryId: string } | { token: string }

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
		const enquiryId = 'token' in enquirer ? await enquiryIdOfLink(tx, enquirer.token) : enquirer.enquiryId
		if (!enquiryId) throw new RuleError('enquiry-not-found')
		const enquiry = await lockEnquiry(tx, enquiryId)
		const actor = 'actor' in enquirer ? enquirer.actor : null
		if (actor && enquiry.senderUserId !== actor.userId) throw new RuleError('enquiry-not-found')
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
