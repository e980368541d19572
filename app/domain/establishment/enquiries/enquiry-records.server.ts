// Reading, locking and auditing enquiries, and telling people about them.
// Every step locks the enquiry's row first and asks the lifecycle, inside
// the transaction that writes the change and its outbox rows, so a double
// click or two office workers at once queue behind one another.
import type { Prisma } from '~/generated/prisma/client.ts'
import { translator } from '~/i18n/messages.ts'
import { queueMail } from '~/mail/queue-mail.server.ts'
import { recipientLocale } from '~/mail/recipient-locale.ts'
import { recordAudit } from '../../audit/record-audit.server.ts'
import type { AuditActionOn } from '../../audit/actions.ts'
import type { Actor } from '../../auth/permissions.ts'
import { hashToken, newToken } from '../../auth/session.server.ts'
import { notify, type Recipient } from '../../requests/notify.server.ts'
import { isUuid } from '../../requests/request-records.server.ts'
import { RuleError } from '../../rules.ts'
import {
	EnquiryTransitionNotAllowed,
	nextEnquiryStatus,
	type EnquiryEvent,
	type EnquiryOutcome,
	type EnquiryStatus,
} from '../enquiry-lifecycle.ts'

type Tx = Prisma.TransactionClient

/** The office's page of an enquiry, and the enquirer's when they sent it signed in. */
export const enquiryPath = (enquiryId: string) => `/establish/enquiries/${enquiryId}`

/** The enquirer's page without an account: the link in their mail. */
export const enquiryLinkPath = (token: string) => `/establish/enquiries/link/${token}`

export async function lockEnquiry(tx: Tx, enquiryId: string) {
	if (!isUuid(enquiryId)) throw new RuleError('enquiry-not-found')
	const locked = await tx.$queryRaw<Array<{ id: string }>>`
		SELECT "id"::text FROM "EstablishmentEnquiry" WHERE "id" = ${enquiryId}::uuid FOR UPDATE`
	if (!locked.length) throw new RuleError('enquiry-not-found')
	return tx.establishmentEnquiry.findUniqueOrThrow({ where: { id: enquiryId } })
}

export type LockedEnquiry = Awaited<ReturnType<typeof lockEnquiry>>

/** Who acts as the enquirer: the member who sent it signed in, or a visitor holding a link from their mail. */
export type Enquirer = { actor: Actor; enquiryId: string } | { token: string }

/**
 * The enquiry an enquirer acts on, locked, and the member acting (null for a
 * visitor's link). A made-up link or someone else's enquiry is "not found".
 */
export async function lockEnquiryOfEnquirer(tx: Tx, enquirer: Enquirer) {
	const enquiryId = 'token' in enquirer ? await enquiryIdOfLink(tx, enquirer.token) : enquirer.enquiryId
	if (!enquiryId) throw new RuleError('enquiry-not-found')
	const enquiry = await lockEnquiry(tx, enquiryId)
	const actor = 'actor' in enquirer ? enquirer.actor : null
	if (actor && enquiry.senderUserId !== actor.userId) throw new RuleError('enquiry-not-found')
	return { enquiry, actor }
}

/** The enquiry's next state; a step the lifecycle does not allow is a conflict the page can show. */
export function enquiryTransition(from: EnquiryStatus, event: EnquiryEvent): EnquiryStatus {
	try {
		return nextEnquiryStatus(from, event)
	} catch (error) {
		if (error instanceof EnquiryTransitionNotAllowed) throw new RuleError('transition-not-allowed')
		throw error
	}
}

/** The audit entry of a step; no actor is a visitor (by their link) or the background work. */
export function auditEnquiry(
	tx: Tx,
	actor: Pick<Actor, 'userId'> | null,
	action: AuditActionOn<'establishmentEnquiry'>,
	enquiryId: string,
	changes?: Prisma.InputJsonValue,
) {
	return recordAudit(tx, {
		actorId: actor?.userId ?? null,
		action,
		entityType: 'establishmentEnquiry',
		entityId: enquiryId,
		changes,
	})
}

/**
 * A fresh link that opens the thread without an account. Every mail to a
 * visitor carries its own; the row keeps only their hashes, so a link exists
 * only in the mail it was sent in.
 */
export async function issueEnquiryLink(tx: Tx, enquiryId: string): Promise<string> {
	const token = newToken()
	await tx.establishmentEnquiry.update({
		where: { id: enquiryId },
		data: { accessTokenHashes: { push: hashToken(token) } },
	})
	return token
}

/** The enquiry a mailed link opens, or null (never a database error for a made-up link). */
export async function enquiryIdOfLink(tx: Pick<Tx, 'establishmentEnquiry'>, token: string): Promise<string | null> {
	if (!token || token.length > 200) return null
	const found = await tx.establishmentEnquiry.findFirst({
		where: { accessTokenHashes: { has: hashToken(token) } },
		select: { id: true },
	})
	return found?.id ?? null
}

const activeUser = { disabledAt: null, emailVerifiedAt: { not: null } } satisfies Prisma.UserWhereInput
const recipientSelect = { id: true, email: true, preferredLocale: true } as const

/** Who works for the office: its staff, or the platform admins while it has none. */
export async function officeStaff(tx: Tx): Promise<Recipient[]> {
	const staff = await tx.user.findMany({ where: { ...activeUser, establishmentOffice: true }, select: recipientSelect })
	if (staff.length) return staff
	return tx.user.findMany({ where: { ...activeUser, platformRole: 'platform_admin' }, select: recipientSelect })
}

/** Tells the office (notification and mail) that an enquiry needs it, on the enquiry's page. */
export async function notifyOffice(
	tx: Tx,
	enquiry: { id: string; company: string },
	kind: 'enquiry.received' | 'enquiry.replied' | 'enquiry.withdrawn',
	options: { baseUrl: string; exceptUserId?: string | null },
) {
	await notify(tx, await officeStaff(tx), { kind, title: enquiry.company, path: enquiryPath(enquiry.id) }, options)
}

/** What the office did that the enquirer hears about. */
export type EnquirerNews =
	{ kind: 'enquiry.answered'; answer: string } | { kind: 'enquiry.closed'; outcome: EnquiryOutcome }

/**
 * Tells the enquirer what the office did: a member who sent it signed in by
 * a notification (and mail) pointing at the enquiry's page; a visitor by a
 * mail carrying a link of their own that opens the thread without an account.
 */
export async function tellEnquirer(tx: Tx, enquiry: LockedEnquiry, news: EnquirerNews, options: { baseUrl: string }) {
	const sender = enquiry.senderUserId
		? await tx.user.findFirst({ where: { id: enquiry.senderUserId, disabledAt: null }, select: recipientSelect })
		: null
	if (sender) {
		const quote =
			news.kind === 'enquiry.answered'
				? news.answer
				: translator(recipientLocale(sender.preferredLocale)).t(`enquiry.outcome.${news.outcome}`)
		await notify(
			tx,
			[sender],
			{ kind: news.kind, title: enquiry.company, quote, path: enquiryPath(enquiry.id) },
			options,
		)
		return
	}
	const token = await issueEnquiryLink(tx, enquiry.id)
	const mail = {
		to: enquiry.contactEmail,
		locale: recipientLocale(enquiry.locale),
		baseUrl: options.baseUrl,
		name: enquiry.contactName,
		company: enquiry.company,
		path: enquiryLinkPath(token),
		token,
	}
	if (news.kind === 'enquiry.answered') await queueMail(tx, 'enquiryAnswered', { ...mail, answer: news.answer })
	else await queueMail(tx, 'enquiryClosed', { ...mail, outcome: news.outcome })
}
