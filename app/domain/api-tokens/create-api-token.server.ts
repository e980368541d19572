import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { PermissionDenied, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import type { NewTokenInput } from './schemas.ts'
import { keepsTokensOf } from './token-owner.ts'
import { newTokenText, tokenHashOf } from './token-text.server.ts'

export interface CreatedToken {
	id: string
	/** The token itself: shown once, on the page that created it, and kept nowhere. */
	text: string
}

/** The first moment a token with this expiry day no longer works: it works up to and including that day (UTC). */
export function expiryMoment(expiresOn: string): Date {
	return new Date(Date.parse(`${expiresOn}T00:00:00Z`) + 86_400_000)
}

/**
 * A new token for an organisation (by one of its admins) or, with
 * `organizationId` null, for the hub (by a coordinator).
 */
export async function createApiToken(
	actor: Actor,
	organizationId: string | null,
	input: NewTokenInput,
	now: Date = new Date(),
): Promise<CreatedToken> {
	if (!keepsTokensOf(actor, organizationId)) {
		if (organizationId === null) throw new PermissionDenied('coordinator.enter')
		throw new RuleError('organization-not-allowed', 'organizationId')
	}
	const expiresAt = input.expiresOn ? expiryMoment(input.expiresOn) : null
	if (expiresAt && expiresAt <= now) throw new RuleError('expiry-in-past', 'expiresOn')
	const { text, prefix } = newTokenText()
	return prisma().$transaction(async (tx) => {
		const token = await tx.apiToken.create({
			data: {
				organizationId,
				name: input.name,
				scopes: input.scopes,
				prefix,
				secretHash: tokenHashOf(text)!,
				createdById: actor.userId,
				createdAt: now,
				expiresAt,
			},
			select: { id: true },
		})
		await recordAudit(tx, {
			actorId: actor.userId,
			action: 'apiToken.created',
			entityType: 'apiToken',
			entityId: token.id,
			changes: { organizationId, name: input.name, scopes: input.scopes, expiresAt: expiresAt?.toISOString() ?? null },
		})
		return { id: token.id, text }
	})
}
