import type { Prisma } from '~/generated/prisma/client.ts'
import type { TokenPurpose } from '~/generated/prisma/enums.ts'
import { prisma } from '~/utils/db.server.ts'
import { hashToken, newToken } from './session.server.ts'

// One-time links sent by e-mail. Like sessions, the database keeps only the
// SHA-256 of the token; the link itself exists only in the mail.

export const tokenLifetimes: Record<TokenPurpose, number> = {
	verify_email: 24 * 3_600_000,
	reset_password: 3_600_000,
	change_email: 24 * 3_600_000,
}

/**
 * A fresh link for this purpose. Earlier unused links of the same purpose stop
 * working: only the newest mail counts, so an old one lying in a mailbox is harmless.
 */
export async function issueUserToken(
	tx: Prisma.TransactionClient,
	options: { userId: string; purpose: TokenPurpose; newEmail?: string; now?: Date },
): Promise<string> {
	const now = options.now ?? new Date()
	const token = newToken()
	await tx.userToken.deleteMany({ where: { userId: options.userId, purpose: options.purpose, usedAt: null } })
	await tx.userToken.create({
		data: {
			userId: options.userId,
			purpose: options.purpose,
			tokenHash: hashToken(token),
			newEmail: options.newEmail ?? null,
			createdAt: now,
			expiresAt: new Date(now.getTime() + tokenLifetimes[options.purpose]),
		},
	})
	return token
}

function usableWhere(token: string, purposes: readonly TokenPurpose[], now: Date): Prisma.UserTokenWhereInput {
	return { tokenHash: hashToken(token), purpose: { in: [...purposes] }, usedAt: null, expiresAt: { gt: now } }
}

/** The token's row if the link still works; reading does not use it up (pages show a form first). */
export async function findUsableToken(token: string, purposes: readonly TokenPurpose[], now = new Date()) {
	if (!token) return null
	return prisma().userToken.findFirst({
		where: usableWhere(token, purposes, now),
		select: { id: true, userId: true, purpose: true, newEmail: true },
	})
}

/**
 * Uses the link up, inside the caller's transaction. The conditional update
 * makes this one-time even when two requests race: only one sees count 1.
 */
export async function consumeUserToken(
	tx: Prisma.TransactionClient,
	token: string,
	purposes: readonly TokenPurpose[],
	now = new Date(),
) {
	if (!token) return null
	const { count } = await tx.userToken.updateMany({ where: usableWhere(token, purposes, now), data: { usedAt: now } })
	if (count !== 1) return null
	return tx.userToken.findUnique({
		where: { tokenHash: hashToken(token) },
		select: { id: true, userId: true, purpose: true, newEmail: true },
	})
}
