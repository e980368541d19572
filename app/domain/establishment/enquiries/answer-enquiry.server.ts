import { prisma } from '~/utils/db.server.ts'
import { mayActForEstablishmentOffice } from '../../auth/establishment-office.ts'
import { PermissionDenied, type Actor } from '../../auth/permissions.ts'
import { RuleError } from '../../rules.ts'
import { enquiryLimits } from './enquiry-limits.ts'
import { auditEnquiry, enquiryTransition, lockEnquiry, tellEnquirer } from './enquiry-records.server.ts'

/**
 * The office answers on the thread, and the enquirer gets a mail with a link
 * back: a member to the enquiry's page, a visitor a link of their own that
 * opens the thread without an account.
 */
export async function answerEnquiry(options: {
	actor: Actor
	enquiryId: string
	body: string
	baseUrl: string
	now?: Date
}): Promise<void> {
	if (!mayActForEstablishmentOffice(options.actor)) throw new PermissionDenied('establishment.workEnquiries')
	const body = options.body.trim()
	if (!body || body.length > enquiryLimits.message) throw new RuleError('message-invalid', 'body')
	const now = options.now ?? new Date()
	await prisma().$transaction(async (tx) => {
		const enquiry = await lockEnquiry(tx, options.enquiryId)
		const status = enquiryTransition(enquiry.status, 'answer')
		await tx.establishmentEnquiryMessage.create({
			data: { enquiryId: enquiry.id, side: 'office', authorId: options.actor.userId, body, createdAt: now },
		})
		await tx.establishmentEnquiry.update({ where: { id: enquiry.id }, data: { status, updatedAt: now } })
		await auditEnquiry(tx, options.actor, 'enquiry.answered', enquiry.id)
		await tellEnquirer(tx, enquiry, { kind: 'enquiry.answered', answer: body }, options)
	})
}
