import type { Prisma } from '~/generated/prisma/client.ts'
import { MAIL_TOPIC } from '~/mail/queue-mail.server.ts'
import { listingsChanged } from '~/outbox/topics.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordOwnAudit } from '../audit/record-audit.server.ts'
import { confirmPassword } from '../auth/confirm-password.server.ts'
import { releaseSeatsOf } from '../events/release-seats-of.server.ts'
import { picturesOf, releaseImages } from '../images/release-images.server.ts'
import type { EraseAccountInput } from './schemas.ts'

// Erasure (GDPR art. 17) in one transaction: the account, everything hanging
// off it, the expert profiles it owns (deleted rather than anonymised: an
// expert profile is a person, there is nothing left to keep), mail waiting to
// be sent to it, and personal data inside the audit log. Rows other people
// own keep their content; their link to this user turns NULL (FK SetNull).
// The audit log keeps the user's id, a random uuid that now points nowhere.

export type EraseAccountResult =
	{ kind: 'erased' } | { kind: 'wrong-password' } | { kind: 'rate-limited'; retryAfterSeconds: number }

/** What erasure would take with it, for the page that asks to confirm. */
export async function erasureSummary(userId: string) {
	const [expertProfiles, organizations] = await Promise.all([
		prisma().listing.count({ where: { ownerUserId: userId } }),
		prisma().membership.count({ where: { userId } }),
	])
	return { expertProfiles, organizations }
}

export async function eraseAccount(userId: string, input: EraseAccountInput): Promise<EraseAccountResult> {
	const confirmation = await confirmPassword(userId, input.password)
	if (confirmation.kind === 'wrong') return { kind: 'wrong-password' }
	if (confirmation.kind === 'rate-limited') return confirmation
	await eraseUserData(userId)
	return { kind: 'erased' }
}

/** The erasure itself, without the password check (also for an operator acting on a request). */
export async function eraseUserData(userId: string): Promise<void> {
	await prisma().$transaction(
		async (tx) => {
			const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true } })
			const profiles = await tx.listing.findMany({ where: { ownerUserId: userId }, select: { id: true } })
			const profileIds = profiles.map((profile) => profile.id)

			// The search worker re-reads each id, finds nothing, and drops the document.
			await listingsChanged(tx, profileIds)
			// An expert's photo is personal data too: its files go once the rows are gone.
			const pictures: string[] = []
			for (const id of profileIds) pictures.push(...(await picturesOf(tx, id)))
			await tx.listing.deleteMany({ where: { id: { in: profileIds } } })
			await releaseImages(tx, pictures)
			await tx.session.deleteMany({ where: { userId } })
			await tx.userToken.deleteMany({ where: { userId } })
			const memberships = await tx.membership.deleteMany({ where: { userId } })
			await tx.organizationClaim.deleteMany({ where: { userId } })
			await tx.invitation.deleteMany({ where: { email: { equals: user.email, mode: 'insensitive' } } })
			await tx.outboxEvent.deleteMany({ where: { topic: MAIL_TOPIC, payload: { path: ['to'], equals: user.email } } })
			await tx.mailMessage.deleteMany({ where: { to: { equals: user.email, mode: 'insensitive' } } })
			await scrubAuditLog(tx, userId, user)
			// Seats at coming events go to whoever waits; follows and registrations go with the account (cascade).
			await releaseSeatsOf(tx, userId)
			await tx.user.delete({ where: { id: userId } })

			await recordOwnAudit(tx, userId, 'user.erased', {
				expertProfilesDeleted: profileIds.length,
				membershipsEnded: memberships.count,
			})
		},
		{ timeout: 30_000 },
	)
}

const personalKeys = new Set([
	'email',
	'newemail',
	'oldemail',
	'previousemail',
	'name',
	'fullname',
	'username',
	'phone',
	'to',
])
const ERASED = '[erased]'

/**
 * Audit entries should never hold personal data, but an old or careless
 * writer may have put some in `changes`. Entries about this user lose every
 * personal-looking field; any other entry that quotes the address (or the
 * full name, when it is long enough not to match by chance) has that text
 * replaced.
 */
async function scrubAuditLog(tx: Prisma.TransactionClient, userId: string, person: { email: string; name: string }) {
	const needles = [person.email, ...(person.name.trim().length >= 4 ? [person.name.trim()] : [])].map((needle) =>
		needle.toLowerCase(),
	)
	const patterns = needles.map((needle) => `%${needle.replace(/[\\%_]/g, (char) => `\\${char}`)}%`)
	const rows = await tx.$queryRaw<Array<{ id: bigint; changes: Prisma.JsonValue; about: boolean }>>`
		SELECT "id", "changes", ("actorId" = ${userId} OR ("entityType" = 'user' AND "entityId" = ${userId})) AS "about"
		FROM "AuditEntry"
		WHERE "actorId" = ${userId}
			OR ("entityType" = 'user' AND "entityId" = ${userId})
			OR "changes"::text ILIKE ANY(${patterns}::text[])`
	for (const row of rows) {
		const scrubbed = scrub(row.changes, needles, row.about)
		if (JSON.stringify(scrubbed) !== JSON.stringify(row.changes)) {
			await tx.auditEntry.update({ where: { id: row.id }, data: { changes: scrubbed ?? {} } })
		}
	}
}

function scrub(
	value: Prisma.JsonValue,
	needles: readonly string[],
	dropPersonalKeys: boolean,
): Prisma.InputJsonValue | null {
	if (typeof value === 'string') {
		const lower = value.toLowerCase()
		return needles.some((needle) => lower.includes(needle)) ? ERASED : value
	}
	if (Array.isArray(value)) return value.map((item) => scrub(item, needles, dropPersonalKeys)) as Prisma.InputJsonValue
	if (value && typeof value === 'object') {
		const entries = Object.entries(value)
			.filter(([key]) => !(dropPersonalKeys && personalKeys.has(key.toLowerCase())))
			.map(([key, item]) => [key, item === undefined ? null : scrub(item, needles, dropPersonalKeys)])
		return Object.fromEntries(entries) as Prisma.InputJsonValue
	}
	return value as Prisma.InputJsonValue | null
}
