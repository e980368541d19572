// The API token use cases without HTTP: who may create and revoke which
// tokens, what is stored (a hash, never the token), what an accepted token
// reads as, and how rarely its last use is written.
import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import {
	authenticateApiToken,
	lastUsedResolutionMs,
} from '../../app/domain/api-tokens/authenticate-api-token.server.ts'
import { createApiToken } from '../../app/domain/api-tokens/create-api-token.server.ts'
import { listApiTokens } from '../../app/domain/api-tokens/list-api-tokens.server.ts'
import { revokeApiToken } from '../../app/domain/api-tokens/revoke-api-token.server.ts'
import { PermissionDenied, type Actor } from '../../app/domain/auth/permissions.ts'
import { RuleError } from '../../app/domain/rules.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { auditActions, createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()

let organization: { id: string }
let other: { id: string }
let admin: Actor
let member: Actor
let otherAdmin: Actor
let coordinator: Actor

const input = { name: 'Foundation CRM', scopes: ['requests:read' as const] }

beforeAll(async () => {
	organization = await createListing({ type: 'organization', name: 'Alpha Cell Therapy AB' })
	other = await createListing({ type: 'organization', name: 'Beta Vectors AB' })
	admin = await createUser({ memberships: [{ organizationId: organization.id, role: 'admin' }] })
	member = await createUser({ memberships: [{ organizationId: organization.id, role: 'member' }] })
	otherAdmin = await createUser({ memberships: [{ organizationId: other.id, role: 'admin' }] })
	coordinator = await createUser({ platformRole: 'coordinator' })
})

const ruleOf = (error: unknown) => (error instanceof RuleError ? error.rule : error)

describe('creating a token', () => {
	it('gives the text once and stores only its SHA-256, a visible prefix and an audit entry', async () => {
		const created = await createApiToken(admin, organization.id, input)
		expect(created.text).toMatch(/^atmp_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/)
		const row = await prisma().apiToken.findUniqueOrThrow({ where: { id: created.id } })
		expect(row.secretHash).toBe(createHash('sha256').update(created.text).digest('hex'))
		expect(created.text.startsWith(`atmp_${row.prefix}_`)).toBe(true)
		expect(JSON.stringify(row)).not.toContain(created.text.split('_').at(-1))
		expect(row).toMatchObject({ organizationId: organization.id, scopes: ['requests:read'], createdById: admin.userId })
		expect(await auditActions(created.id)).toEqual(['apiToken.created'])
	})

	it.each([
		['a member who is not an admin', () => member, () => organization.id],
		["another organisation's admin", () => otherAdmin, () => organization.id],
		['a coordinator, for an organisation', () => coordinator, () => organization.id],
	])('refuses %s by the organisation field', async (_case, actor, organizationId) => {
		await expect(createApiToken(actor(), organizationId(), input).catch(ruleOf)).resolves.toBe(
			'organization-not-allowed',
		)
	})

	it('lets only hub staff create hub tokens', async () => {
		await expect(createApiToken(admin, null, input)).rejects.toBeInstanceOf(PermissionDenied)
		const created = await createApiToken(coordinator, null, input)
		expect((await prisma().apiToken.findUniqueOrThrow({ where: { id: created.id } })).organizationId).toBeNull()
	})

	it('refuses an expiry day already past and accepts today (the token works through it)', async () => {
		const now = new Date('2026-12-04T15:00:00Z')
		await expect(
			createApiToken(admin, organization.id, { ...input, expiresOn: '2026-12-03' }, now).catch((error: RuleError) => [
				error.rule,
				error.field,
			]),
		).resolves.toEqual(['expiry-in-past', 'expiresOn'])
		const created = await createApiToken(admin, organization.id, { ...input, expiresOn: '2026-12-04' }, now)
		const row = await prisma().apiToken.findUniqueOrThrow({ where: { id: created.id } })
		expect(row.expiresAt?.toISOString()).toBe('2026-12-05T00:00:00.000Z')
	})
})

describe('revoking a token', () => {
	it('revokes once, with an audit entry; a second revocation is a conflict', async () => {
		const created = await createApiToken(admin, organization.id, input)
		await revokeApiToken(admin, created.id)
		expect(await auditActions(created.id)).toEqual(['apiToken.created', 'apiToken.revoked'])
		const again = await revokeApiToken(admin, created.id).catch((error: RuleError) => error)
		expect(again).toMatchObject({ rule: 'api-token-revoked', conflict: true })
	})

	it("does not find another owner's token, nor the hub's for an organisation admin", async () => {
		const theirs = await createApiToken(otherAdmin, other.id, input)
		const hubs = await createApiToken(coordinator, null, input)
		for (const [actor, id] of [
			[admin, theirs.id],
			[member, theirs.id],
			[admin, hubs.id],
			[coordinator, theirs.id],
		] as const) {
			await expect(revokeApiToken(actor, id).catch(ruleOf)).resolves.toBe('api-token-not-found')
		}
		expect(
			await prisma().apiToken.count({ where: { id: { in: [theirs.id, hubs.id] }, revokedAt: { not: null } } }),
		).toBe(0)
	})
})

describe('listing tokens', () => {
	it("shows an admin their organisations' tokens with status, and a coordinator the hub's", async () => {
		const now = new Date()
		const active = await createApiToken(admin, organization.id, { ...input, name: 'Active one' })
		const revoked = await createApiToken(admin, organization.id, { ...input, name: 'Revoked one' })
		await revokeApiToken(admin, revoked.id)
		const owners = await listApiTokens(admin, { hub: false }, now)
		expect(owners.map((owner) => owner.organizationId)).toEqual([organization.id])
		const statuses = Object.fromEntries(owners[0]!.tokens.map((token) => [token.id, token.status]))
		expect(statuses).toMatchObject({ [active.id]: 'active', [revoked.id]: 'revoked' })
		expect(JSON.stringify(owners)).not.toMatch(/secretHash|atmp_/)
		expect(await listApiTokens(member, { hub: false })).toEqual([])
		const hub = await listApiTokens(coordinator, { hub: true })
		expect(hub).toHaveLength(1)
		expect(hub[0]!.tokens.every((token) => token.id !== active.id)).toBe(true)
		await expect(listApiTokens(admin, { hub: true })).rejects.toBeInstanceOf(PermissionDenied)
	})
})

describe('authenticating a presented token', () => {
	it('reads an organisation token as a member of its organisation, a hub token as a coordinator', async () => {
		const own = await createApiToken(admin, organization.id, input)
		const hub = await createApiToken(coordinator, null, { ...input, scopes: ['listings:read', 'requests:read'] })
		expect(await authenticateApiToken(own.text)).toMatchObject({
			kind: 'accepted',
			scopes: ['requests:read'],
			viewer: { platformRole: 'user', memberships: [{ organizationId: organization.id, role: 'member' }] },
		})
		expect(await authenticateApiToken(hub.text)).toMatchObject({
			kind: 'accepted',
			viewer: { platformRole: 'coordinator', memberships: [] },
		})
	})

	it('refuses malformed, unknown, expired and revoked tokens alike', async () => {
		const now = new Date('2026-12-04T12:00:00Z')
		const expiring = await createApiToken(admin, organization.id, { ...input, expiresOn: '2026-12-04' }, now)
		const revoked = await createApiToken(admin, organization.id, input)
		await revokeApiToken(admin, revoked.id)
		const unknown = `atmp_00000000_${'A'.repeat(43)}`
		for (const [text, at] of [
			['', now],
			['atmp_short', now],
			[`${expiring.text}x`, now],
			[unknown, now],
			[expiring.text, new Date('2026-12-05T00:00:00Z')],
			[revoked.text, now],
		] as const) {
			expect({ text, outcome: (await authenticateApiToken(text, at)).kind }).toEqual({ text, outcome: 'refused' })
		}
		expect((await authenticateApiToken(expiring.text, now)).kind).toBe('accepted')
	})

	it("gives an archived organisation's token no member rights", async () => {
		const archived = await createListing({ type: 'organization', name: 'Gone AB' })
		const archivedAdmin = await createUser({ memberships: [{ organizationId: archived.id, role: 'admin' }] })
		const token = await createApiToken(archivedAdmin, archived.id, input)
		await prisma().listing.update({ where: { id: archived.id }, data: { status: 'archived' } })
		expect(await authenticateApiToken(token.text)).toMatchObject({ kind: 'accepted', viewer: { memberships: [] } })
	})

	it('writes the last use at most once a minute', async () => {
		const token = await createApiToken(admin, organization.id, input)
		const lastUsed = async () =>
			(await prisma().apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt?.toISOString()
		const start = new Date('2026-12-04T12:00:00Z')
		const at = (ms: number) => new Date(start.getTime() + ms)
		await authenticateApiToken(token.text, start)
		expect(await lastUsed()).toBe(start.toISOString())
		await authenticateApiToken(token.text, at(lastUsedResolutionMs - 1))
		expect(await lastUsed()).toBe(start.toISOString())
		await authenticateApiToken(token.text, at(lastUsedResolutionMs))
		expect(await lastUsed()).toBe(at(lastUsedResolutionMs).toISOString())
	})
})
