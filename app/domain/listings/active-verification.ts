import type { Prisma } from '~/generated/prisma/client.ts'

// What "verified" means everywhere (the badge, the coordinator's pages, the
// export and the import): not revoked, and not past its expiry date. The
// expiry date is a calendar date stored at UTC midnight and counts as still
// valid on that day, so comparisons use the start of today's UTC date, never
// the current instant.

/** Today's UTC date at midnight, the moment calendar dates are stored at. */
export function startOfTodayUtc(now: Date): Date {
	return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
}

/** Verifications that still earn the badge: not revoked and not expired. */
export function activeVerificationWhere(now: Date = new Date()): Prisma.VerificationWhereInput {
	return {
		revokedAt: null,
		OR: [{ expiresAt: null }, { expiresAt: { gte: startOfTodayUtc(now) } }],
	}
}

/** The same rule for one verification already read. */
export function verificationState(
	verification: { revokedAt: Date | null; expiresAt: Date | null },
	now: Date = new Date(),
): 'active' | 'expired' | 'revoked' {
	if (verification.revokedAt) return 'revoked'
	if (verification.expiresAt && verification.expiresAt < startOfTodayUtc(now)) return 'expired'
	return 'active'
}
