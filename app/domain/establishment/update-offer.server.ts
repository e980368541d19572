import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import { releaseImages } from '../images/release-images.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { fieldIssues } from '../messages.ts'
import { RuleError } from '../rules.ts'
import { changedColumns, offerColumns } from './offer-record.server.ts'
import { offerFormSchema } from './offer-schema.ts'

/** Saves an edited offer; the audit entry names each field that changed, from and to. */
export async function updateOffer(
	actor: Actor | null,
	offerId: string,
	input: unknown,
	// An import of a whole file writes it in its own one transaction (decision 040).
	options: { tx?: Prisma.TransactionClient } = {},
): Promise<{ slug: string }> {
	assertCan(actor, 'establishment.curateOffers')
	const parsed = offerFormSchema.safeParse(input)
	if (!parsed.success) throw RuleError.invalid(fieldIssues(parsed.error))
	const columns = offerColumns(parsed.data)
	const write = async (tx: Prisma.TransactionClient) => {
		// The row is locked so two editors' saves come one after the other, each audited against what it replaced.
		const [before] = await tx.$queryRaw<Array<{ id: string }>>`
			SELECT id FROM "EstablishmentOffer" WHERE id = ${offerId}::uuid FOR UPDATE`
		if (!before) throw new RuleError('offer-not-found')
		const current = await tx.establishmentOffer.findUniqueOrThrow({ where: { id: offerId } })
		const changes = changedColumns(current, columns)
		if (Object.keys(changes).length === 0) return { slug: current.slug }
		await tx.establishmentOffer.update({ where: { id: offerId }, data: columns })
		if (current.imageKey !== columns.imageKey) await releaseImages(tx, [current.imageKey])
		await recordAudit(tx, {
			actorId: actor!.userId,
			action: 'establishmentOffer.updated',
			entityType: 'establishmentOffer',
			entityId: offerId,
			changes: { fields: changes },
		})
		return { slug: current.slug }
	}
	return options.tx ? write(options.tx) : prisma().$transaction(write)
}
