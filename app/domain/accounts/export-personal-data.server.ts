import { prisma } from '~/utils/db.server.ts'

// Everything the portal holds about one person (GDPR art. 15 and 20), as one
// JSON document. Secrets are left out on purpose: the password hash and the
// hashes of sessions and links would help an attacker and mean nothing to
// the person; the export says that they exist.

const listingRef = { select: { ref: true, type: true, name: true } } as const
const requestRef = { select: { ref: true } } as const

/** Selects these columns. */
function fields<Name extends string>(...names: Name[]): Record<Name, true> {
	return Object.fromEntries(names.map((name) => [name, true])) as Record<Name, true>
}

/** A relation's rows in the order they were made, with these columns. */
function oldestFirst<Select>(select: Select) {
	return { orderBy: { createdAt: 'asc' as const }, select }
}

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
			sessions: oldestFirst(fields('createdAt', 'lastSeenAt', 'expiresAt', 'userAgent')),
			tokens: oldestFirst(fields('purpose', 'newEmail', 'createdAt', 'expiresAt', 'usedAt')),
			memberships: oldestFirst({ ...fields('role', 'createdAt'), organization: listingRef }),
			expertProfiles: {
				orderBy: { createdAt: 'asc' },
				omit: { ownerUserId: true },
				include: { organization: listingRef },
			},
			claims: oldestFirst({
				...fields('message', 'status', 'decisionNote', 'createdAt', 'decidedAt'),
				organization: listingRef,
			}),
			claimsDecided: oldestFirst({ ...fields('status', 'decisionNote', 'decidedAt'), organization: listingRef }),
			invitationsSent: oldestFirst({
				...fields('email', 'role', 'createdAt', 'expiresAt', 'acceptedAt'),
				organization: listingRef,
			}),
			verifications: oldestFirst({
				...fields('licenceCode', 'reference', 'expiresAt', 'revokedAt', 'createdAt'),
				listing: listingRef,
			}),
			revisionsAuthored: oldestFirst({
				...fields('status', 'payload', 'reviewComment', 'createdAt', 'decidedAt'),
				listing: listingRef,
			}),
			revisionsReviewed: oldestFirst({ ...fields('status', 'reviewComment', 'decidedAt'), listing: listingRef }),
			requestsCreated: oldestFirst(
				fields('ref', 'title', 'teaser', 'description', 'status', 'createdAt', 'submittedAt'),
			),
			routesRouted: oldestFirst({
				...fields('note', 'status', 'createdAt'),
				request: requestRef,
				providerListing: listingRef,
			}),
			routeResponses: oldestFirst({
				...fields('kind', 'message', 'createdAt'),
				route: { select: { request: requestRef } },
			}),
			messages: oldestFirst({ ...fields('body', 'createdAt'), route: { select: { request: requestRef } } }),
			termsAcceptances: {
				orderBy: { acceptedAt: 'asc' },
				select: { termsVersion: true, acceptedAt: true, route: { select: { request: requestRef } } },
			},
			notifications: oldestFirst(fields('kind', 'payload', 'readAt', 'createdAt')),
			openCallInterests: oldestFirst({
				...fields('message', 'createdAt'),
				request: requestRef,
				organization: listingRef,
			}),
			candidatesAdded: oldestFirst({ ...fields('createdAt'), request: requestRef, listing: listingRef }),
			enquiriesSent: oldestFirst({
				...fields(
					'company',
					'need',
					'sizeText',
					'sizeValue',
					'sizeUnit',
					'timing',
					'contactName',
					'contactEmail',
					'contactPhone',
					'status',
					'outcome',
					'createdAt',
					'confirmedAt',
					'closedAt',
				),
				messages: oldestFirst(fields('side', 'body', 'createdAt')),
			}),
			enquiryMessages: oldestFirst({ ...fields('side', 'body', 'createdAt'), enquiry: { select: { company: true } } }),
			// The follow's unsubscribe key is a secret like the hashes above: left out.
			contentFollow: { select: fields('news', 'events', 'createdAt', 'updatedAt') },
			// Saved searches and notification settings (issue 15); the alert digest's unsubscribe key is a secret, left out.
			savedSearches: oldestFirst(fields('name', 'query', 'path', 'frequency', 'lastSentAt', 'createdAt')),
			notificationSettings: { select: fields('kind', 'delivery', 'updatedAt') },
			// The digest's rhythm and when it last looked and mailed (docs/decisions/043); its key stays out.
			alertDigestState: { select: fields('digestFrequency', 'lastLookedAt', 'lastSentAt') },
			eventRegistrations: oldestFirst({
				...fields('place', 'queuedAt', 'createdAt'),
				event: { select: fields('slug', 'titleEn', 'titleSv', 'startsAt') },
			}),
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
