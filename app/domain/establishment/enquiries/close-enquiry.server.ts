import { prisma } from '~/utils/db.server.ts'
import { mayActForEstablishmentOffice } from '../../auth/establishment-office.ts'
import { PermissionDenied, type Actor } from '../../auth/permissions.ts'
import type { EnquiryCloseInput } from './enquiry-schema.ts'
import { auditEnquiry, enquiryTransition, lockEnquiry, tellEnquirer } from './enquiry-records.server.ts'

/**
 * The office closes the enquiry with what came of it (the page asks for a
 * confirmation first), and the enquirer is told the outcome; the note stays
 * the office's own.
 */
export async function closeEnquiry(
	options: EnquiryCloseInput & { actor: Actor; enquiryId: string; baseUrl: string; now?: Date },
): Promise<void> {
	if (!mayActForEstablishmentOffice(options.actor)) throw new PermissionDenied('establishment.workEnquiries')
	const now = options.now ?? new Date()
	await prisma().$transaction(async (tx) => {
		const enquiry = await lockEnquiry(tx, options.enquiryId)
		const status = enquiryTransition(enquiry.status, 'close')
		await tx.establishmentEnquiry.update({
			where: { id: enquiry.id },
			data: {
				status,
				outcome: options.outcome,
				outcomeNote: options.outcomeNote ?? null,
				closedAt: now,
				updatedAt: now,
			},
		})
		await auditEnquiry(tx, options.actor, 'enquiry.closed', enquiry.id, { outcome: options.outcome })
		await tellEnquirer(tx, enquiry, { kind: 'enquiry.closed', outcome: options.outcome }, options)
	})
}
