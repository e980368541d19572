// What the enquiry pages read: the office's queue, a member's own list, and
// one enquiry with its thread for whoever may see it (enquiry-access.ts).
import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import { mayActForEstablishmentOffice } from '../../auth/establishment-office.ts'
import { PermissionDenied, type Actor } from '../../auth/permissions.ts'
import { visibleListingsWhere } from '../../directory/viewer.server.ts'
import { isUuid } from '../../requests/request-records.server.ts'
import { enquiryStatuses, enquiryStatusesInQueue, type EnquiryStatus } from '../enquiry-lifecycle.ts'
import { enquirySideOf, type EnquirySide } from './enquiry-access.ts'
import { enquiryIdOfLink } from './enquiry-records.server.ts'

/** The queue's filter from the address: one status, or the queue (open and answered). */
export type EnquiryFilter = EnquiryStatus | 'queue'

export function readEnquiryFilter(value: string | null): EnquiryFilter {
	return value && (enquiryStatuses as readonly string[]).includes(value) ? (value as EnquiryStatus) : 'queue'
}

const listSelect = {
	id: true,
	company: true,
	need: true,
	status: true,
	outcome: true,
	createdAt: true,
	updatedAt: true,
	offer: { select: { slug: true, titleEn: true, titleSv: true } },
	_count: { select: { messages: true } },
} satisfies Prisma.EstablishmentEnquirySelect

type ListRow = Prisma.EstablishmentEnquiryGetPayload<{ select: typeof listSelect }>

function listItem(row: ListRow) {
	return {
		id: row.id,
		company: row.company,
		need: row.need.length > 220 ? `${row.need.slice(0, 220)}…` : row.need,
		status: row.status,
		outcome: row.outcome,
		createdAt: row.createdAt.toISOString(),
		offer: row.offer,
		messages: row._count.messages,
	}
}

export type EnquiryListItem = ReturnType<typeof listItem>

/** The office's queue, newest first; the office alone reads it. */
export async function enquiryQueue(actor: Actor, filter: EnquiryFilter): Promise<EnquiryListItem[]> {
	if (!mayActForEstablishmentOffice(actor)) throw new PermissionDenied('establishment.workEnquiries')
	const status = filter === 'queue' ? { in: [...enquiryStatusesInQueue] } : filter
	const rows = await prisma().establishmentEnquiry.findMany({
		where: { status },
		select: listSelect,
		orderBy: { createdAt: 'desc' },
		take: 200,
	})
	return rows.map(listItem)
}

/** What a member sent signed in, newest first. */
export async function enquiriesSentBy(actor: Actor): Promise<EnquiryListItem[]> {
	const rows = await prisma().establishmentEnquiry.findMany({
		where: { senderUserId: actor.userId },
		select: listSelect,
		orderBy: { createdAt: 'desc' },
		take: 200,
	})
	return rows.map(listItem)
}

const threadSelect = {
	id: true,
	company: true,
	need: true,
	sizeText: true,
	sizeValue: true,
	sizeUnit: true,
	timing: true,
	contactName: true,
	contactEmail: true,
	contactPhone: true,
	status: true,
	outcome: true,
	outcomeNote: true,
	createdAt: true,
	closedAt: true,
	senderUserId: true,
	matchRequestId: true,
	sender: { select: { name: true } },
	offer: { select: { slug: true, titleEn: true, titleSv: true } },
	handedOverListing: {
		select: { id: true, name: true, type: true, slug: true, organizationId: true, ownerUserId: true },
	},
	messages: {
		orderBy: { createdAt: 'asc' },
		select: { id: true, side: true, body: true, createdAt: true, author: { select: { name: true } } },
	},
} satisfies Prisma.EstablishmentEnquirySelect

type ThreadRow = Prisma.EstablishmentEnquiryGetPayload<{ select: typeof threadSelect }>

function threadOf(row: ThreadRow, side: EnquirySide | 'visitor') {
	const provider = row.handedOverListing
	return {
		side,
		enquiry: {
			id: row.id,
			company: row.company,
			need: row.need,
			sizeText: row.sizeText,
			sizeValue: row.sizeValue,
			sizeUnit: row.sizeUnit,
			timing: row.timing,
			contactName: row.contactName,
			contactEmail: row.contactEmail,
			contactPhone: row.contactPhone,
			status: row.status,
			outcome: row.outcome,
			outcomeNote: side === 'office' ? row.outcomeNote : null,
			createdAt: row.createdAt.toISOString(),
			closedAt: row.closedAt?.toISOString() ?? null,
			senderName: side === 'office' ? (row.sender?.name ?? null) : null,
			offer: row.offer,
			handedOverTo: provider
				? { id: provider.id, name: provider.name, type: provider.type, slug: provider.slug }
				: null,
			matchRequestId: side === 'office' || side === 'enquirer' ? row.matchRequestId : null,
		},
		messages: row.messages.map((message) => ({
			id: message.id,
			side: message.side,
			body: message.body,
			createdAt: message.createdAt.toISOString(),
			// Office staff sign as the office; only the office sees which of them wrote.
			author: side === 'office' ? (message.author?.name ?? null) : null,
		})),
	}
}

export type EnquiryThread = ReturnType<typeof threadOf>

/** One enquiry for a signed-in person who may see it, or null (not found, or not theirs: the same 404). */
export async function enquiryThread(actor: Actor, enquiryId: string): Promise<EnquiryThread | null> {
	if (!isUuid(enquiryId)) return null
	const row = await prisma().establishmentEnquiry.findUnique({ where: { id: enquiryId }, select: threadSelect })
	if (!row) return null
	const side = enquirySideOf(actor, {
		senderUserId: row.senderUserId,
		handedOverTo: row.handedOverListing
			? {
					organizationId:
						row.handedOverListing.type === 'organization'
							? row.handedOverListing.id
							: row.handedOverListing.organizationId,
					ownerUserId: row.handedOverListing.ownerUserId,
				}
			: null,
	})
	// The office works only what reached it; an unconfirmed enquiry is the sender's alone.
	if (!side || (side === 'office' && row.status === 'unconfirmed' && row.senderUserId !== actor.userId)) return null
	return threadOf(row, side)
}

/** The enquiry a visitor's mailed link opens, or null. */
export async function enquiryThreadByLink(token: string): Promise<EnquiryThread | null> {
	const enquiryId = await enquiryIdOfLink(prisma(), token)
	if (!enquiryId) return null
	const row = await prisma().establishmentEnquiry.findUnique({ where: { id: enquiryId }, select: threadSelect })
	return row ? threadOf(row, 'visitor') : null
}

/** Providers the office can hand an enquiry over to: published organisations, facilities and labs, by name. */
export async function handOverChoices() {
	return prisma().listing.findMany({
		where: { ...visibleListingsWhere({ isMember: true }), type: { in: ['organization', 'facility', 'lab'] } },
		select: { id: true, name: true, type: true },
		orderBy: { name: 'asc' },
		take: 500,
	})
}

/** A signed-in member's name and address, to fill in the form's contact part. */
export async function enquirerDefaults(actor: Actor | null): Promise<{ contactName?: string; contactEmail?: string }> {
	if (!actor) return {}
	const user = await prisma().user.findUnique({ where: { id: actor.userId }, select: { name: true, email: true } })
	return user ? { contactName: user.name, contactEmail: user.email } : {}
}
