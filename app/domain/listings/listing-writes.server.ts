// Building blocks shared by the self-service and curation use cases. Each
// takes the caller's transaction, so the use case stays one transaction.
import { randomBytes } from 'node:crypto'
import type { Prisma } from '~/generated/prisma/client.ts'
import { listingChanged, organizationChanged } from '~/outbox/topics.ts'
import type { AuditActionOn } from '../audit/actions.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { recordSchemas, type ListingRecordByType, type ListingType } from './interchange.ts'
import { fieldIssues, message } from '../messages.ts'
import { RuleError } from '../rules.ts'
import { slugCandidatesPrefix, uniqueSlug } from './to-database.ts'

type Tx = Prisma.TransactionClient

/**
 * Locks the listing row until the transaction ends: two submissions, two
 * approvals or an approval racing a merge are applied one after the other,
 * each seeing what the previous one wrote.
 */
export async function lockListing(tx: Tx, listingId: string): Promise<void> {
	await tx.$queryRaw`SELECT "id" FROM "Listing" WHERE "id" = ${listingId}::uuid FOR UPDATE`
}

/** Locks the listing (as lockListing) and reads it; one that does not exist is the rule error "listing not found". */
export async function lockedListing<Select extends Prisma.ListingSelect>(tx: Tx, listingId: string, select: Select) {
	await lockListing(tx, listingId)
	const listing = await tx.listing.findUnique({ where: { id: listingId }, select })
	if (!listing) throw new RuleError('listing-not-found')
	return listing
}

/**
 * What follows every change a person makes to a listing, in its transaction:
 * search and the pages hear of it (an organisation's name also shows on its
 * labs and facilities), and the audit log records who changed what.
 */
export async function listingChangedBy(
	tx: Tx,
	actor: Actor,
	listing: { id: string; type?: ListingType },
	action: AuditActionOn<'listing'>,
	changes: Prisma.InputJsonObject,
): Promise<void> {
	await listingChanged(tx, listing.id)
	if (listing.type === 'organization') await organizationChanged(tx, listing.id)
	await recordAudit(tx, { actorId: actor.userId, action, entityType: 'listing', entityId: listing.id, changes })
}

const refPrefix: Record<ListingType, string> = { organization: 'org', lab: 'lab', facility: 'fac', expert: 'exp' }
const REF_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'

/** A fresh ref such as "fac-k3x9a2mq": random, so refs say nothing about order or count. */
export function generateRef(type: ListingType): string {
	const bytes = randomBytes(8)
	let suffix = ''
	for (const byte of bytes) suffix += REF_ALPHABET[byte % REF_ALPHABET.length]
	return `${refPrefix[type]}-${suffix}`
}

/** The slug of `name` that no other listing of the type uses. */
export async function allocateSlug(tx: Tx, type: ListingType, name: string, exceptId?: string): Promise<string> {
	const rows = await tx.listing.findMany({
		where: { type, slug: { startsWith: slugCandidatesPrefix(name) }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
		select: { slug: true },
	})
	const taken = new Set(rows.map((row) => row.slug))
	return uniqueSlug(name, (slug) => taken.has(slug))
}

/** The organisation listing a ref names, following merges to the survivor. */
export async function findOrganizationByRef(tx: Tx, ref: string): Promise<{ id: string; ref: string } | null> {
	let row = await tx.listing.findUnique({
		where: { ref },
		select: { id: true, ref: true, type: true, mergedIntoId: true },
	})
	for (let hop = 0; row?.mergedIntoId && hop < 5; hop++) {
		row = await tx.listing.findUnique({
			where: { id: row.mergedIntoId },
			select: { id: true, ref: true, type: true, mergedIntoId: true },
		})
	}
	if (!row || row.type !== 'organization' || row.mergedIntoId) return null
	return { id: row.id, ref: row.ref }
}

/**
 * Parses a proposed record with the one schema, after putting the server's
 * own values in place: the listing's ref, and no "verified" claim (only
 * coordinators verify, with evidence). Throws with every field's problem.
 */
export function parseProposedRecord<T extends ListingType>(
	type: T,
	input: unknown,
	fixed: { ref: string; organizationRef?: string | null },
): ListingRecordByType[T] {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		throw RuleError.invalid([{ field: '', message: message('check.notRecord') }])
	}
	const { verified: _verified, ...fields } = input as Record<string, unknown>
	const candidate: Record<string, unknown> = { ...fields, ref: fixed.ref }
	if (fixed.organizationRef !== undefined) candidate.organizationRef = fixed.organizationRef
	const parsed = recordSchemas[type].safeParse(candidate)
	if (!parsed.success) throw RuleError.invalid(fieldIssues(parsed.error))
	return parsed.data as ListingRecordByType[T]
}

/** The organisation a record names, which must exist; its id is what the row stores. */
export async function organizationIdOf(tx: Tx, record: { organizationRef?: string }): Promise<string | null> {
	if (!record.organizationRef) return null
	const organization = await findOrganizationByRef(tx, record.organizationRef)
	if (!organization) throw new RuleError('organization-not-found', 'organizationRef')
	return organization.id
}
