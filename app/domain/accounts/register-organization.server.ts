import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { createPendingListing, type CreatedPendingListing } from '../listings/create-pending-listing.server.ts'
import { RuleError } from '../rules.ts'
import { generateRef, parseProposedRecord } from '../listings/listing-writes.server.ts'

export interface RegisterOrganizationInput {
	actor: Actor
	/** The organisation's fields, as the form or the API sent them; parsed here with the one schema. */
	record: unknown
	now?: Date
}

/**
 * A verified user who belongs to no organisation registers theirs: a new
 * organisation listing waiting for review (like any new listing) and, in the
 * same transaction, their admin membership of it. The membership is
 * provisional until a coordinator approves the organisation (permissions.ts),
 * so the new admin can add its labs and facilities at once but gains nothing
 * of a hub member's until then. Throws RuleError (invalid-input) (nothing
 * written), RuleError('already-in-organization') or PermissionDenied.
 */
export async function registerOrganization(input: RegisterOrganizationInput): Promise<CreatedPendingListing> {
	const { actor } = input
	assertCan(actor, 'organization.register')
	const now = input.now ?? new Date()
	const ref = generateRef('organization')
	const record = parseProposedRecord('organization', input.record, { ref })
	return prisma().$transaction(async (tx) => {
		// A double-submitted form (or two tabs) registers one organisation, not two.
		await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`register-organization:${actor.userId}`}))`
		if (await tx.membership.count({ where: { userId: actor.userId } })) {
			throw new RuleError('already-in-organization')
		}
		const created = await createPendingListing(tx, { actor, type: 'organization', record, organizationId: null, now })
		await tx.membership.create({
			data: { userId: actor.userId, organizationId: created.listingId, role: 'admin', createdAt: now },
		})
		await recordAudit(tx, {
			actorId: actor.userId,
			action: 'organization.registered',
			entityType: 'listing',
			entityId: created.listingId,
			changes: { revisionId: created.revisionId, role: 'admin' },
		})
		return created
	})
}
