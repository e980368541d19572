// Who may read an enquiry and act on it: the office works it; the member who
// sent it signed in follows it; after a hand-over the provider's people read
// it. A visitor reads theirs through the link in their mail, never by id.
import { mayActForEstablishmentOffice } from '../../auth/establishment-office.ts'
import type { Actor } from '../../auth/permissions.ts'

export type EnquirySide = 'office' | 'enquirer' | 'provider'

export interface EnquiryFacts {
	senderUserId: string | null
	/** The organisation (or expert owner) of the listing it was handed over to. */
	handedOverTo: { organizationId: string | null; ownerUserId: string | null } | null
}

/** The side a signed-in person reads the enquiry from, or null: not theirs to see. */
export function enquirySideOf(actor: Actor | null, enquiry: EnquiryFacts): EnquirySide | null {
	if (!actor) return null
	if (mayActForEstablishmentOffice(actor)) return 'office'
	if (enquiry.senderUserId === actor.userId) return 'enquirer'
	const provider = enquiry.handedOverTo
	if (actor.emailVerified && provider) {
		if (provider.ownerUserId === actor.userId) return 'provider'
		const organizationId = provider.organizationId
		if (
			organizationId &&
			actor.memberships.some((membership) => membership.organizationId === organizationId && !membership.provisional)
		)
			return 'provider'
	}
	return null
}
