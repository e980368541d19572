import { assertCan, type Actor } from '~/domain/auth/permissions.ts'
import { prisma } from '~/utils/db.server.ts'
import { MAIL_TOPIC } from './queue-mail.server.ts'

// /admin/mail: the development mailbox (mail delivered without SMTP) and the
// mail still waiting in the outbox, which is where a broken SMTP set-up or a
// stopped worker shows first.

export const MAILBOX_PAGE_SIZE = 50

export interface MailSummary {
	/** A mailbox message's uuid, or "queued-<outbox id>" for mail not delivered yet. */
	id: string
	to: string
	subject: string
	createdAt: string
	status: 'delivered' | 'queued' | 'failing'
	attempts?: number
	lastError?: string | null
}

interface QueuedRow {
	id: bigint
	payload: { to?: unknown; subject?: unknown; text?: unknown }
	attempts: number
	lastError: string | null
	createdAt: Date
}

const QUEUED_PREFIX = 'queued-'

function queuedSummary(row: QueuedRow): MailSummary {
	return {
		id: `${QUEUED_PREFIX}${row.id}`,
		to: String(row.payload.to ?? ''),
		subject: String(row.payload.subject ?? ''),
		createdAt: row.createdAt.toISOString(),
		status: row.lastError ? 'failing' : 'queued',
		attempts: row.attempts,
		lastError: row.lastError,
	}
}

export async function listMailbox(actor: Actor, options: { page?: number } = {}) {
	assertCan(actor, 'mailbox.read')
	const page = Math.max(1, options.page ?? 1)
	const [queued, delivered, total] = await Promise.all([
		prisma().outboxEvent.findMany({
			where: { topic: MAIL_TOPIC, processedAt: null },
			orderBy: { id: 'desc' },
			take: 100,
			select: { id: true, payload: true, attempts: true, lastError: true, createdAt: true },
		}),
		prisma().mailMessage.findMany({
			orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
			skip: (page - 1) * MAILBOX_PAGE_SIZE,
			take: MAILBOX_PAGE_SIZE,
			select: { id: true, to: true, subject: true, createdAt: true },
		}),
		prisma().mailMessage.count(),
	])
	return {
		queued: queued.map((row) => queuedSummary(row as QueuedRow)),
		delivered: delivered.map((mail) => ({
			...mail,
			createdAt: mail.createdAt.toISOString(),
			status: 'delivered' as const,
		})),
		page,
		pageCount: Math.max(1, Math.ceil(total / MAILBOX_PAGE_SIZE)),
	}
}

export async function readMail(actor: Actor, id: string): Promise<(MailSummary & { text: string }) | null> {
	assertCan(actor, 'mailbox.read')
	if (id.startsWith(QUEUED_PREFIX)) {
		const outboxId = id.slice(QUEUED_PREFIX.length)
		if (!/^\d{1,18}$/.test(outboxId)) return null
		const row = await prisma().outboxEvent.findFirst({
			where: { id: BigInt(outboxId), topic: MAIL_TOPIC },
			select: { id: true, payload: true, attempts: true, lastError: true, createdAt: true, processedAt: true },
		})
		if (!row) return null
		const summary = queuedSummary(row as QueuedRow)
		// Delivered since the list was drawn: no longer waiting.
		const status = row.processedAt ? 'delivered' : summary.status
		return { ...summary, status, text: String((row as QueuedRow).payload.text ?? '') }
	}
	if (!/^[0-9a-f-]{36}$/i.test(id)) return null
	const mail = await prisma().mailMessage.findUnique({
		where: { id },
		select: { id: true, to: true, subject: true, text: true, createdAt: true },
	})
	return mail ? { ...mail, createdAt: mail.createdAt.toISOString(), status: 'delivered' } : null
}
