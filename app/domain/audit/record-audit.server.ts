import type { Prisma, PrismaClient } from '~/generated/prisma/client.ts'
import type { AuditAction, AuditActionOn, AuditEntityType } from './actions.ts'

// The audit log answers "who did what, when, and what changed". Actors are
// stored by user id only: a random uuid that says nothing about the person,
// so erasing an account leaves the log without personal data.

type AuditWriter = Pick<PrismaClient, 'auditEntry'> | Prisma.TransactionClient

/** An action of the one list (actions.ts), so the log has a sentence for every entry it shows. */
export interface AuditEvent {
	actorId: string | null
	action: AuditAction
	entityType: AuditEntityType
	entityId: string
	changes?: Prisma.InputJsonValue
}

export async function recordAudit(tx: AuditWriter, event: AuditEvent) {
	await tx.auditEntry.create({
		data: {
			actorId: event.actorId,
			action: event.action,
			entityType: event.entityType,
			entityId: event.entityId,
			changes: event.changes ?? {},
		},
	})
}

/** What an account did to itself: its own id is both the actor and the entity. */
export async function recordOwnAudit(
	tx: AuditWriter,
	userId: string,
	action: AuditActionOn<'user'>,
	changes?: Prisma.InputJsonValue,
) {
	await recordAudit(tx, { actorId: userId, action, entityType: 'user', entityId: userId, changes })
}
