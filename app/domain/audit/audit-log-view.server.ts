// The audit log as the coordinator filters it: by a person they name (a name
// or an e-mail address, resolved here) and by the record they came from, each
// active filter named in words, never by the id the address carries.
import { prisma } from '~/utils/db.server.ts'
import { auditEntityTypes } from './actions.ts'
import { auditLog, type AuditLogPage, type AuditRef, refsOf, resolveNames, type Row } from './audit-log.server.ts'

export interface AuditLogQuery {
	action?: string
	entityType?: string
	entityId?: string
	actorId?: string
	/** A name or e-mail address, as typed. */
	person?: string
	page?: number
}

export interface AuditPerson {
	id: string
	name: string
	email: string
}

/** What the person field found: one person (the log is theirs), several to choose from, or nobody. */
export type PersonMatch =
	{ kind: 'one'; person: AuditPerson } | { kind: 'several'; people: AuditPerson[]; more: boolean } | { kind: 'none' }

export interface AuditLogView {
	/** The record filter in words: its name, or null when the record no longer exists. */
	record: { kind: AuditRef['kind'] | null; name: string | null } | null
	/** The person filter in words: null name when the account was erased. */
	actor: { name: string | null } | null
	personMatch: PersonMatch | null
	/** Null while the person field names nobody or several people: there is no log to show yet. */
	log: AuditLogPage | null
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const SEVERAL_SHOWN = 10

/** People whose name or e-mail address contains the text, best first: exact address, then by name. */
export async function findPeople(text: string): Promise<{ people: AuditPerson[]; more: boolean }> {
	const needle = text.trim()
	const found = await prisma().user.findMany({
		where: {
			OR: [
				{ email: { equals: needle, mode: 'insensitive' } },
				{ name: { contains: needle, mode: 'insensitive' } },
				{ email: { contains: needle, mode: 'insensitive' } },
			],
		},
		select: { id: true, name: true, email: true },
		orderBy: [{ name: 'asc' }, { email: 'asc' }],
		take: SEVERAL_SHOWN + 1,
	})
	const exact = found.find((person) => person.email.toLowerCase() === needle.toLowerCase())
	// A whole address names one person even where it is also part of others' addresses.
	if (exact) return { people: [exact], more: false }
	return { people: found.slice(0, SEVERAL_SHOWN), more: found.length > SEVERAL_SHOWN }
}

const recordTypes = ['listing', 'request', 'route', 'user', 'apiToken', 'claim'] as const

/** The name of the record an id names (of the given type, or of whichever type has it). */
async function recordNamed(entityId: string, entityType: string | undefined) {
	if (!UUID.test(entityId)) return { kind: null, name: null }
	const types = entityType ? [entityType] : recordTypes
	const rows: Row[] = types.map((type) => ({ action: '', entityType: type, entityId, actorId: null, changes: null }))
	const names = await resolveNames(rows)
	for (const row of rows) {
		const { record } = refsOf(row, names)
		if (record?.name) return { kind: record.kind, name: record.name }
	}
	const known = auditEntityTypes.find((type) => type === entityType)
	const kind = known === 'listing' || known === 'request' || known === 'user' || known === 'apiToken' ? known : null
	return { kind, name: null }
}

/** The routes of a request, so a request's history shows what its providers answered too. */
async function routesOf(entityId: string, entityType: string | undefined): Promise<string[]> {
	if (!UUID.test(entityId) || (entityType && entityType !== 'request')) return []
	const routes = await prisma().matchRoute.findMany({ where: { requestId: entityId }, select: { id: true } })
	return routes.map((route) => route.id)
}

export async function auditLogView(query: AuditLogQuery): Promise<AuditLogView> {
	let actorId = query.actorId
	let personMatch: PersonMatch | null = null
	// A name typed in the field wins over a person the address already held.
	if (query.person) {
		const { people, more } = await findPeople(query.person)
		const [first] = people
		personMatch =
			people.length === 1 && first
				? { kind: 'one', person: first }
				: people.length === 0
					? { kind: 'none' }
					: { kind: 'several', people, more }
		actorId = personMatch.kind === 'one' ? personMatch.person.id : undefined
	}
	const [record, actorName, relatedIds] = await Promise.all([
		query.entityId ? recordNamed(query.entityId, query.entityType) : null,
		actorId && UUID.test(actorId)
			? prisma()
					.user.findUnique({ where: { id: actorId }, select: { name: true } })
					.then((user) => user?.name ?? null)
			: null,
		query.entityId ? routesOf(query.entityId, query.entityType) : [],
	])
	const waiting = personMatch !== null && personMatch.kind !== 'one'
	return {
		record,
		actor: actorId ? { name: actorName } : null,
		personMatch,
		log: waiting
			? null
			: await auditLog({
					action: query.action,
					entityType: query.entityType,
					entityId: query.entityId,
					relatedIds,
					actorId,
					page: query.page,
				}),
	}
}
