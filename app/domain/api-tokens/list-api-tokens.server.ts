import { prisma } from '~/utils/db.server.ts'
import { PermissionDenied, type Actor } from '../auth/permissions.ts'
import { isApiScope, type ApiScope } from './scopes.ts'
import { keepsTokensOf } from './token-owner.ts'

export type TokenStatus = 'active' | 'expired' | 'revoked'

export interface TokenRow {
	id: string
	name: string
	prefix: string
	scopes: ApiScope[]
	status: TokenStatus
	createdAt: string
	lastUsedAt: string | null
	expiresAt: string | null
	revokedAt: string | null
}

export interface TokenOwner {
	/** null: the hub's own tokens. */
	organizationId: string | null
	name: string
	tokens: TokenRow[]
}

/**
 * The tokens of every owner whose tokens this person keeps: each
 * organisation they are an established admin of, and the hub if `hub` is
 * asked for (a coordinator's page). Newest first; revoked ones stay listed,
 * so nobody wonders where a token went.
 */
export async function listApiTokens(
	actor: Actor,
	owners: { hub: boolean },
	now: Date = new Date(),
): Promise<TokenOwner[]> {
	if (owners.hub && !keepsTokensOf(actor, null)) throw new PermissionDenied('coordinator.enter')
	const organizationIds = owners.hub
		? []
		: actor.memberships.filter((m) => keepsTokensOf(actor, m.organizationId)).map((m) => m.organizationId)
	return prisma().$transaction(async (tx) => {
		const [organizations, tokens] = await Promise.all([
			tx.listing.findMany({
				where: { id: { in: organizationIds } },
				select: { id: true, name: true },
				orderBy: { name: 'asc' },
			}),
			tx.apiToken.findMany({
				where: owners.hub ? { organizationId: null } : { organizationId: { in: organizationIds } },
				orderBy: { createdAt: 'desc' },
			}),
		])
		const rowsOf = (organizationId: string | null) =>
			tokens
				.filter((token) => token.organizationId === organizationId)
				.map((token) => ({
					id: token.id,
					name: token.name,
					prefix: token.prefix,
					scopes: token.scopes.filter(isApiScope),
					status: statusOf(token, now),
					createdAt: token.createdAt.toISOString(),
					lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
					expiresAt: token.expiresAt?.toISOString() ?? null,
					revokedAt: token.revokedAt?.toISOString() ?? null,
				}))
		if (owners.hub) return [{ organizationId: null, name: '', tokens: rowsOf(null) }]
		return organizations.map((organization) => ({
			organizationId: organization.id,
			name: organization.name,
			tokens: rowsOf(organization.id),
		}))
	})
}

export function statusOf(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): TokenStatus {
	if (token.revokedAt) return 'revoked'
	if (token.expiresAt && token.expiresAt <= now) return 'expired'
	return 'active'
}
