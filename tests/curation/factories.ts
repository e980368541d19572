// Test data for the listing and curation tests: users with roles and
// memberships, and listings written straight to the database.
import { randomUUID } from 'node:crypto'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import type { Prisma } from '../../app/generated/prisma/client.ts'
import type { Locale } from '../../app/i18n/locale.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { rowCounts } from '../support/row-counts.ts'

let counter = 0
const next = () => ++counter

export async function createUser(
	options: {
		name?: string
		platformRole?: 'user' | 'coordinator' | 'platform_admin'
		memberships?: Array<{ organizationId: string; role?: 'member' | 'admin' }>
		preferredLocale?: Locale
	} = {},
): Promise<Actor & { email: string; name: string }> {
	const n = next()
	const user = await prisma().user.create({
		data: {
			email: `user-${n}-${randomUUID().slice(0, 8)}@test.example`,
			name: options.name ?? `Test User ${n}`,
			emailVerifiedAt: new Date(),
			platformRole: options.platformRole ?? 'user',
			preferredLocale: options.preferredLocale ?? 'en',
		},
	})
	const memberships = options.memberships ?? []
	for (const membership of memberships) {
		await prisma().membership.create({
			data: { userId: user.id, organizationId: membership.organizationId, role: membership.role ?? 'member' },
		})
	}
	return {
		userId: user.id,
		email: user.email,
		name: user.name,
		platformRole: user.platformRole,
		emailVerified: true,
		memberships: memberships.map((membership) => ({
			organizationId: membership.organizationId,
			role: membership.role ?? 'member',
		})),
	}
}

export async function createListing(
	data: Partial<Prisma.ListingUncheckedCreateInput> & Pick<Prisma.ListingUncheckedCreateInput, 'type' | 'name'>,
) {
	const n = next()
	const prefix = { organization: 'org', lab: 'lab', facility: 'fac', expert: 'exp' }[data.type]
	return prisma().listing.create({
		data: {
			ref: `${prefix}-t${n}-${randomUUID().slice(0, 6)}`,
			slug: `${data.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${n}`,
			status: 'published',
			publishedAt: new Date('2026-01-01T00:00:00Z'),
			...(data.type === 'organization' ? { kind: 'company' } : {}),
			...data,
		},
	})
}

export async function outboxTopics(aggregateId: string): Promise<string[]> {
	const rows = await prisma().outboxEvent.findMany({ where: { aggregateId }, orderBy: { id: 'asc' } })
	return rows.map((row) => row.topic)
}

export async function auditActions(entityId: string): Promise<string[]> {
	const rows = await prisma().auditEntry.findMany({ where: { entityId }, orderBy: { id: 'asc' } })
	return rows.map((row) => row.action)
}

/** Every table the use cases write, counted: "nothing written" means these do not move. */
export function writeCounts() {
	return rowCounts({
		listings: 'listing',
		revisions: 'listingRevision',
		verifications: 'verification',
		audit: 'auditEntry',
		outbox: 'outboxEvent',
	})
}

/** Mails queued in the outbox for this address (topic mail.send), oldest first. */
export async function mailsTo(email: string): Promise<Array<{ subject: string; text: string }>> {
	const rows = await prisma().outboxEvent.findMany({ where: { topic: 'mail.send' }, orderBy: { id: 'asc' } })
	return rows
		.map((row) => row.payload as { to?: string; subject: string; text: string })
		.filter((payload) => payload.to === email)
		.map(({ subject, text }) => ({ subject, text }))
}
