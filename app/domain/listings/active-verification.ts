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

// What the badge says about its evidence (issue 15): members see the licence,
// reference and expiry of every verification in force; visitors only of
// those a coordinator ticked "public", and otherwise just "Verified".

/** The columns the evidence is shown from. */
export const evidenceSelect = {
	licenceCode: true,
	reference: true,
	expiresAt: true,
	public: true,
} satisfies Prisma.VerificationSelect

/** One verification's evidence as a page shows it (plain JSON: dates as "YYYY-MM-DD"). */
export interface VerificationEvidenceView {
	/** A licence of the taxonomy, or null for a general verification. */
	licenceCode: string | null
	reference: string | null
	expiresOn: string | null
}

/** The evidence this audience may read, from verifications already known to be in force. */
export function evidenceFor(
	verifications: ReadonlyArray<{
		licenceCode: string | null
		reference: string | null
		expiresAt: Date | null
		public: boolean
	}>,
	audience: { isMember: boolean },
): VerificationEvidenceView[] {
	return verifications
		.filter((verification) => audience.isMember || verification.public)
		.map((verification) => ({
			licenceCode: verification.licenceCode,
			reference: verification.reference,
			expiresOn: verification.expiresAt ? verification.expiresAt.toISOString().slice(0, 10) : null,
		}))
}
