import { prisma } from '~/utils/db.server.ts'
import { mayActForEstablishmentOffice } from '../../auth/establishment-office.ts'
import { PermissionDenied, type Actor } from '../../auth/permissions.ts'
import { visibleListingsWhere } from '../../directory/viewer.server.ts'
import { notify, providerResponders } from '../../requests/notify.server.ts'
import { RuleError } from '../../rules.ts'
import { enquiryStatusesInQueue } from '../enquiry-lifecycle.ts'
import { auditEnquiry, enquiryPath, lockEnquiry } from './enquiry-records.server.ts'

/**
 * The office hands the enquiry over to a provider in the directory (a GMP
 * facility that can host the company, a lab with space): its people are told
 * and may read the enquiry, with the enquirer's contact details, and the step
 * is written on the thread so the enquirer sees who will be in touch. The
 * enquiry stays with the office until it is closed.
 */
export async function handOverEnquiry(options: {
	actor: Actor
	enquiryId: string
	listingId: string
	note?: string
	baseUrl: string
	now?: Date
}): Promise<{ listingName: string }> {
	if (!mayActForEstablishmentOffice(options.actor)) throw new PermissionDenied('establishment.workEnquiries')
	const now = options.now ?? new Date()
	return prisma().$transaction(async (tx) => {
		const enquiry = await lockEnquiry(tx, options.enquiryId)
		if (!enquiryStatusesInQueue.includes(enquiry.status)) throw new RuleError('transition-not-allowed')
		const listing = await tx.listing.findFirst({
			where: { ...visibleListingsWhere({ isMember: true }), id: options.listingId },
			select: { id: true, name: true, type: true, organizationId: true, ownerUserId: true },
		})
		if (!listing) throw new RuleError('enquiry-listing-not-found', 'listingId')
		const responders = await providerResponders(tx, {
			organizationId: listing.type === 'organization' ? listing.id : listing.organizationId,
			ownerUserId: listing.ownerUserId,
		})
		if (!responders.length) throw new RuleError('provider-unreachable', 'listingId')
		const note = options.note?.trim()
		await tx.establishmentEnquiryMessage.create({
			data: {
				enquiryId: enquiry.id,
				side: 'step',
				authorId: options.actor.userId,
				body: note ? `${listing.name}\n\n${note}` : listing.name,
				createdAt: now,
			},
		})
		await tx.establishmentEnquiry.update({
			where: { id: enquiry.id },
			data: { handedOverListingId: listing.id, updatedAt: now },
		})
		await auditEnquiry(tx, options.actor, 'enquiry.handedOver', enquiry.id, { listingId: listing.id })
		await notify(
			tx,
			responders,
			{
				kind: 'enquiry.handedOver',
				title: enquiry.company,
				provider: listing.name,
				quote: note ?? null,
				path: enquiryPath(enquiry.id),
			},
			{ baseUrl: options.baseUrl, exceptUserId: options.actor.userId },
		)
		return { listingName: listing.name }
	})
}
