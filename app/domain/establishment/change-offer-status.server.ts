import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { fieldIssues } from '../messages.ts'
import { RuleError } from '../rules.ts'
import { offerStatusFormSchema } from './offer-schema.ts'

/**
 * Available, reserved or taken, in one step from the list of offers: the
 * change a curator makes most often, without opening the whole form.
 */
export async function changeOfferStatus(actor: Actor | null, offerId: string, input: unknown) {
	assertCan(actor, 'establishment.curateOffers')
	const parsed = offerStatusFormSchema.safeParse(input)
	if (!parsed.success) throw RuleError.invalid(fieldIssues(parsed.error))
	const { status } = parsed.data
	return prisma().$transaction(async (tx) => {
		const [current] = await tx.$queryRaw<Array<{ status: string }>>`
			SELECT status::text AS status FROM "EstablishmentOffer" WHERE id = ${offerId}::uuid FOR UPDATE`
		if (!current) throw new RuleError('offer-not-found')
		if (current.status === status) return { status, changed: false }
		await tx.establishmentOffer.update({ where: { id: offerId }, data: { status } })
		await recordAudit(tx, {
			actorId: actor!.userId,
			action: 'establishmentOffer.statusChanged',
			entityType: 'establishmentOffer',
			entityId: offerId,
			changes: { offerStatus: { from: current.status, to: status } },
		})
		return { status, changed: true }
	})
}
