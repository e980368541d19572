import type { Actor } from '../auth/permissions.ts'
import { listMyListings } from '../listings/my-listings.server.ts'

/**
 * What a member who is just starting should do next, or null once their
 * organisation is set up: confirm the address, register an organisation
 * (or join one), wait for the first review, fix what it sent back, add a lab
 * or facility.
 */
export type NextStep =
	| { kind: 'confirm-email' }
	| { kind: 'register-organization' }
	| { kind: 'first-review-waiting'; organizationName: string }
	| { kind: 'first-review-sent-back'; organizationName: string }
	| { kind: 'add-listing'; organizationId: string; organizationName: string }

export async function nextStep(actor: Actor, now: Date = new Date()): Promise<NextStep | null> {
	if (!actor.emailVerified) return { kind: 'confirm-email' }
	const mine = await listMyListings(actor, now)
	if (!mine.organizations.length) {
		// Hub staff work for the hub, not for an organisation of their own.
		return mine.canRegisterOrganization ? { kind: 'register-organization' } : null
	}
	for (const organization of mine.organizations) {
		if (organization.firstReview === 'waiting')
			return { kind: 'first-review-waiting', organizationName: organization.listing.name }
		if (organization.firstReview === 'sent-back')
			return { kind: 'first-review-sent-back', organizationName: organization.listing.name }
	}
	const empty = mine.organizations.find((organization) => !organization.children.length)
	return empty ? { kind: 'add-listing', organizationId: empty.id, organizationName: empty.listing.name } : null
}
