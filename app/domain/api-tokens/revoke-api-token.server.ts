import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { keepsTokensOf } from './token-owner.ts'

/**
 * Revokes a token for good: it is refused from the next call on. A token the
 * person does not keep (another organisation's, the hub's) is not found, as
 * if it did not exist.
 */
export async function revokeApiToken(actor: Actor, tokenId: string, now: Date = new Date()): Promise<void> {
	await prisma().$transaction(async (tx) => {
		const token = await tx.apiToken.findUnique({
			where: { id: tokenId },
			select: { organizationId: true, revokedAt: true },
		})
		if (!token || !keepsTokensOf(actor, token.organizationId)) throw new RuleError('api-token-not-found')
		const { count } = await tx.apiToken.updateMany({
			where: { id: tokenId, revokedAt: null },
			data: { revokedAt: now },
		})
		if (!count) throw new RuleError('api-token-revoked')
		await recordAudit(tx, {
			actorId: actor.userId,
			action: 'apiToken.revoked',
			entityType: 'apiToken',
			entityId: tokenId,
			changes: { organizationId: token.organizationId },
		})
	})
}
