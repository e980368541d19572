import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { slugCandidatesPrefix, uniqueSlug } from '../listings/to-database.ts'
import { fieldIssues } from '../messages.ts'
import { RuleError } from '../rules.ts'
import { offerColumns } from './offer-record.server.ts'
import { offerFormSchema } from './offer-schema.ts'

/** Paths under /establish that are pages of their own, never an offer's address. */
const reservedSlugs = new Set(['manage', 'enquiries', 'contact'])

/**
 * A coordinator or the establishment office adds an offer. Its address is
 * made once from its title (the English one when there are both) and stays
 * when the title changes, so shared links keep working.
 */
export async function createOffer(
	actor: Actor | null,
	input: unknown,
	// An import keeps the address the offer has elsewhere (it finds the offer by it next time).
	// An import of a whole file writes it in its own one transaction (decision 040).
	options: { slug?: string; tx?: Prisma.TransactionClient } = {},
): Promise<{ id: string; slug: string }> {
	assertCan(actor, 'establishment.curateOffers')
	const parsed = offerFormSchema.safeParse(input)
	if (!parsed.success) throw RuleError.invalid(fieldIssues(parsed.error))
	const columns = offerColumns(parsed.data)
	const write = async (tx: Prisma.TransactionClient) => {
		const base = options.slug ?? uniqueSlug(columns.titleEn ?? columns.titleSv ?? 'offer', () => false)
		const taken = new Set(
			(
				await tx.establishmentOffer.findMany({
					where: { slug: { startsWith: slugCandidatesPrefix(base) } },
					select: { slug: true },
				})
			).map((offer) => offer.slug),
		)
		const slug = uniqueSlug(base, (candidate) => taken.has(candidate) || reservedSlugs.has(candidate))
		const offer = await tx.establishmentOffer.create({ data: { ...columns, slug }, select: { id: true, slug: true } })
		await recordAudit(tx, {
			actorId: actor!.userId,
			action: 'establishmentOffer.created',
			entityType: 'establishmentOffer',
			entityId: offer.id,
			changes: { kind: columns.kind, offerStatus: columns.status, published: columns.published },
		})
		return offer
	}
	return options.tx ? write(options.tx) : prisma().$transaction(write)
}
