import { prisma } from '~/utils/db.server.ts'

// Everything the portal holds about one person (GDPR art. 15 and 20), as one
// JSON document. Secrets are left out on purpose: the password hash and the
// hashes of sessions and links would help an attacker and mean nothing to
// the person; the export says that they exist.

const listingRef = { select: { ref: true, type: true, name: true } } as const

export async function exportPersonalData(userId: string, now = new Date()) {
	const user = await prisma().user.findUniqueOrThrow({
		where: { id: userId },
		select: {
			id: true,
			email: true,
			name: true,
			phone: true,
			platformRole: true,
			preferredLocale: true,
			emailVerifiedAt: true,
			disabledAt: true,
			createdAt: true,
			updatedAt: true,
			passwordHash: true,
			sessions: {
				orderBy: { createdAt: 'asc' },
				select: { createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true },
			},
			tokens: {
				orderBy: { createdAt: 'asc' },
				select: { purpose: true, newEmail: true, createdAt: true, expiresAt: true, usedAt: true },
			},
			memberships: {
				orderBy: { createdAt: 'asc' },
				select: { role: true, createdAt: true, organization: listingRef },
			},
			expertProfiles: {
				orderBy: { createdAt: 'asc' },
				omit: { ownerUserId: true },
				include: { organization: listingRef },
			},
			claims: {
				orderBy: { createdAt: 'asc' },
				select: {
					message: true,
					status: true,
					decisionNote: true,
					createdAt: true,
					decidedAt: true,
					organization: listingRef,
				},
			},
			claimsDecided: {
				orderBy: { createdAt: 'asc' },
				select: { status: true, decisionNote: true, decidedAt: true, organization: listingRef },
			},
			invitationsSent: {
				orderBy: { createdAt: 'asc' },
				select: {
					email: true,
					role: true,
					createdAt: true,
					expiresAt: true,
					acceptedAt: true,
					organization: listingRef,
				},
			},
			verifications: {
				orderBy: { createdAt: 'asc' },
				select: {
					licenceCode: true,
					reference: true,
					expiresAt: true,
					revokedAt: true,
					createdAt: true,
					listing: listingRef,
				},
			},
			revisionsAuthored: {
				orderBy: { createdAt: 'asc' },
				select: {
					status: true,
					payload: true,
					reviewComment: true,
					createdAt: true,
					decidedAt: true,
					listing: listingRef,
				},
			},
			revisionsReviewed: {
				orderBy: { createdAt: 'asc' },
				select: { status: true, reviewComment: true, decidedAt: true, listing: listingRef },
			},
			requestsCreated: {
				orderBy: { createdAt: 'asc' },
				select: {
					ref: true,
					title: true,
					teaser: true,
					description: true,
					status: true,
					createdAt: true,
					submittedAt: true,
				},
			},
			routesRouted: {
				orderBy: { createdAt: 'asc' },
				select: {
					note: true,
					status: true,
					createdAt: true,
					request: { select: { ref: true } },
					providerListing: listingRef,
				},
			},
			routeResponses: {
				orderBy: { createdAt: 'asc' },
				select: {
					kind: true,
					message: true,
					createdAt: true,
					route: { select: { request: { select: { ref: true } } } },
				},
			},
			messages: {
				orderBy: { createdAt: 'asc' },
				select: { body: true, createdAt: true, route: { select: { request: { select: { ref: true } } } } },
			},
			termsAcceptances: {
				orderBy: { acceptedAt: 'asc' },
				select: { termsVersion: true, acceptedAt: true, route: { select: { request: { select: { ref: true } } } } },
			},
			notifications: {
				orderBy: { createdAt: 'asc' },
				select: { kind: true, payload: true, readAt: true, createdAt: true },
			},
			openCallInterests: {
				orderBy: { createdAt: 'asc' },
				select: { message: true, createdAt: true, request: { select: { ref: true } }, organization: listingRef },
			},
			candidatesAdded: {
				orderBy: { createdAt: 'asc' },
				select: { createdAt: true, request: { select: { ref: true } }, listing: listingRef },
			},
		},
	})
	const { passwordHash, ...account } = user
	const [invitationsReceived, auditTrail, mails] = await Promise.all([
		prisma().invitation.findMany({
			where: { email: { equals: user.email, mode: 'insensitive' } },
			orderBy: { createdAt: 'asc' },
			select: { role: true, createdAt: true, expiresAt: true, acceptedAt: true, organization: listingRef },
		}),
		prisma().auditEntry.findMany({
			where: { OR: [{ actorId: userId }, { entityType: 'user', entityId: userId }] },
			orderBy: { id: 'asc' },
			select: { action: true, entityType: true, entityId: true, changes: true, createdAt: true },
		}),
		prisma().mailMessage.findMany({
			where: { to: { equals: user.email, mode: 'insensitive' } },
			orderBy: { createdAt: 'asc' },
			select: { subject: true, createdAt: true },
		}),
	])
	return {
		format: 'atmp-hub-personal-data',
		version: 1,
		exportedAt: now.toISOString(),
		account: { ...account, hasPassword: Boolean(passwordHash) },
		invitationsReceived,
		auditTrail,
		mailsInDevelopmentMailbox: mails,
	}
}

export type PersonalDataExport = Awaited<ReturnType<typeof exportPersonalData>>
