import type { ListingStatus } from '~/generated/prisma/enums.ts'
import { prisma } from '~/utils/db.server.ts'
import { awaitsFirstApproval } from '../auth/membership-rights.ts'
import type { Actor } from '../auth/permissions.ts'
import { isApiScope, type ApiScope } from './scopes.ts'
import { statusOf } from './list-api-tokens.server.ts'
import { tokenHashOf } from './token-text.server.ts'

export type TokenAuthentication =
	| { kind: 'refused' }
	| {
			kind: 'accepted'
			tokenId: string
			scopes: ApiScope[]
			/** Whom the token reads as: never more than its owner may read. */
			viewer: Actor
	  }

/** Busy clients call many times a second; the page only needs to know roughly when a token was last used. */
export const lastUsedResolutionMs = 60_000

/**
 * The token a client presents, checked: malformed, unknown, expired and
 * revoked tokens are all simply refused (the client learns no more). An
 * accepted token reads as a member of its organisation (as provisional or
 * as nobody's member as the organisation's own standing says), or, for a
 * hub token, as a coordinator.
 */
export async function authenticateApiToken(text: string, now: Date = new Date()): Promise<TokenAuthentication> {
	const secretHash = tokenHashOf(text)
	if (!secretHash) return { kind: 'refused' }
	// Every API call with a token passes here: one read, and a write at most once a minute.
	const token = await prisma().apiToken.findUnique({
		where: { secretHash },
		select: {
			id: true,
			scopes: true,
			organizationId: true,
			organization: { select: { status: true } },
			lastUsedAt: true,
			expiresAt: true,
			revokedAt: true,
		},
	})
	if (!token || statusOf(token, now) !== 'active') return { kind: 'refused' } as const
	const stale = new Date(now.getTime() - lastUsedResolutionMs)
	if (!token.lastUsedAt || token.lastUsedAt <= stale) {
		// Conditional, so several processes seeing the same stale time write it once.
		await prisma().apiToken.updateMany({
			where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: stale } }] },
			data: { lastUsedAt: now },
		})
	}
	return { kind: 'accepted', tokenId: token.id, scopes: token.scopes.filter(isApiScope), viewer: viewerOf(token) }
}

function viewerOf(token: {
	id: string
	organizationId: string | null
	organization: { status: ListingStatus } | null
}): Actor {
	// The token's own id stands in for a person: it matches no user, so it owns no expert profile.
	const base = { userId: token.id, emailVerified: true } as const
	if (!token.organizationId || !token.organization) return { ...base, platformRole: 'coordinator', memberships: [] }
	const { status } = token.organization
	// An archived organisation speaks for no one, its tokens included.
	if (status === 'archived') return { ...base, platformRole: 'user', memberships: [] }
	return {
		...base,
		platformRole: 'user',
		memberships: [
			{
				organizationId: token.organizationId,
				role: 'member',
				...(awaitsFirstApproval(status) ? { provisional: true } : {}),
			},
		],
	}
}
