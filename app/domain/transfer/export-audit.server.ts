import { translator } from '~/i18n/messages.ts'
import type { Locale } from '~/i18n/locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { csvText } from '~/utils/csv.server.ts'

// The audit log of a period (both days included, UTC) as CSV: every entry
// with the actor's name and address where the account still exists, and the
// entry's changes as JSON, exactly as recorded.

export async function exportAuditCsv(period: { from: string; to: string }, locale: Locale): Promise<string> {
	const i18n = translator(locale)
	const start = new Date(`${period.from}T00:00:00.000Z`)
	const end = new Date(`${period.to}T00:00:00.000Z`)
	end.setUTCDate(end.getUTCDate() + 1)
	const entries = await prisma().auditEntry.findMany({
		where: { createdAt: { gte: start, lt: end } },
		orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
	})
	const actorIds = [...new Set(entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : [])))]
	const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
	const actors = new Map(
		(
			await prisma().user.findMany({
				where: { id: { in: actorIds.filter((id) => uuid.test(id)) } },
				select: { id: true, name: true, email: true },
			})
		).map((user) => [user.id, `${user.name} <${user.email}>`]),
	)
	const header = (['time', 'actor', 'action', 'entityType', 'entityId', 'changes'] as const).map((column) =>
		i18n.t(`transfer.column.${column}`),
	)
	const lines: unknown[][] = [header]
	for (const entry of entries)
		lines.push([
			entry.createdAt.toISOString(),
			entry.actorId ? (actors.get(entry.actorId) ?? entry.actorId) : '',
			entry.action,
			entry.entityType,
			entry.entityId,
			JSON.stringify(entry.changes),
		])
	return csvText(lines)
}
