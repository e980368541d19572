import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { fieldIssues } from '../messages.ts'
import { RuleError } from '../rules.ts'
import { setEstablishmentOfficeSchema, type SetEstablishmentOfficeInput } from './schemas.ts'

/**
 * A platform admin's command: lets someone work for the establishment office
 * (its enquiry queue and offers), or ends it. Independent of the platform role,
 * so a coordinator keeps curating the directory while also serving the office.
 * Takes effect on their next request.
 */
export async function setEstablishmentOffice(
	input: SetEstablishmentOfficeInput,
): Promise<{ email: string; office: boolean; changed: boolean }> {
	const parsed = setEstablishmentOfficeSchema.safeParse(input)
	if (!parsed.success) throw RuleError.invalid(fieldIssues(parsed.error))
	const { email, office } = parsed.data
	return prisma().$transaction(async (tx) => {
		const user = await tx.user.findFirst({
			where: { email: { equals: email, mode: 'insensitive' } },
			select: { id: true, email: true, establishmentOffice: true },
		})
		if (!user) throw new RuleError('user-not-found', 'email', { email })
		const changed = user.establishmentOffice !== office
		if (changed) {
			await tx.user.update({ where: { id: user.id }, data: { establishmentOffice: office } })
			await recordAudit(tx, {
				actorId: null,
				action: office ? 'user.establishmentOfficeGranted' : 'user.establishmentOfficeRevoked',
				entityType: 'user',
				entityId: user.id,
				changes: { via: 'operator command' },
			})
		}
		return { email: user.email, office, changed }
	})
}
