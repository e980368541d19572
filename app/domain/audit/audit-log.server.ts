import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import { isAuditAction, type AuditAction } from './actions.ts'
import { auditLogHref } from './audit-sentence.ts'

export interface AuditLogFilter {
	action?: string
	entityType?: string
	entityId?: string
	/** Routes of the request `entityId` names: its history includes what happened on them. */
	relatedIds?: string[]
	actorId?: string
	page?: number
	pageSize?: number
}

/** What an entry names: a record the coordinator can open, or one that no longer exists (`name` null). */
export interface AuditRef {
	kind:
		| 'listing'
		| 'request'
		| 'user'
		| 'apiToken'
		| 'sitePage'
		| 'news'
		| 'event'
		| 'establishmentOffer'
		| 'establishmentEnquiry'
	id: string
	name: string | null
	href: string | null
}

export interface AuditLogEntry {
	id: string
	at: string
	action: string
	/** Whether the action is one the portal still records (an old one has no sentence of its own). */
	known: boolean
	entityType: string
	entityId: string
	/** The name of the record the entry is about while it exists. */
	entityName: string | null
	actor:
		| { kind: 'user'; id: string; name: string }
		/** The account was erased: the log keeps the pseudonymous id only. */
		| { kind: 'erased'; id: string; shortId: string }
		| { kind: 'system' }
	/** The record the sentence is about: a route's request, a claim's claimant, an import has none. */
	record: AuditRef | null
	/** Whom or what the action concerned besides the record: the providers routed to, the organisation, … */
	targets: AuditRef[]
	changes: Prisma.JsonValue
}

export interface AuditLogPage {
	entries: AuditLogEntry[]
	total: number
	page: number
	pageCount: number
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export type Row = {
	action: string
	entityType: string
	entityId: string
	actorId: string | null
	changes: Prisma.JsonValue
}

function objectOf(value: Prisma.JsonValue | undefined): Prisma.JsonObject {
	return value && typeof value === 'object' && !Array.isArray(value) ? value : {}
}

function idsIn(value: Prisma.JsonValue | undefined): string[] {
	const values = Array.isArray(value) ? value : [value]
	return values.filter((id): id is string => typeof id === 'string' && UUID.test(id))
}

/** The listings an entry names besides its record, from what its writer stored. */
function targetListingIds(row: Row): string[] {
	const changes = objectOf(row.changes)
	switch (row.action as AuditAction) {
		case 'request.routed':
			return idsIn(changes.providers)
		case 'request.candidateAdded':
		case 'request.candidateRemoved':
		case 'enquiry.handedOver':
			return idsIn(changes.listingId)
		case 'listing.merged':
			return idsIn(objectOf(changes.mergedInto).id)
		case 'listing.merge.survivor':
			return idsIn(objectOf(changes.mergedFrom).id)
		case 'revision.approved':
			return idsIn(changes.approvedWith)
		default:
			return idsIn(changes.organizationId)
	}
}

const unique = (ids: Iterable<string>) => [...new Set(ids)].filter((id) => UUID.test(id))

/**
 * Everything the page's entries name, read in one round of batched queries
 * (one per table, however many entries the page has).
 */
export async function resolveNames(rows: Row[]) {
	const ofType = (type: string) => rows.filter((row) => row.entityType === type).map((row) => row.entityId)
	const routeIds = unique(ofType('route'))
	const claimIds = unique(ofType('claim'))
	const tokenIds = unique(ofType('apiToken'))
	const sitePageKeys = [...new Set(ofType('sitePage'))]
	const newsIds = unique(ofType('news'))
	const eventIds = unique(ofType('event'))
	const offerIds = unique(ofType('establishmentOffer'))
	const enquiryIds = unique(ofType('establishmentEnquiry'))
	const requestIds = unique(ofType('request'))
	const userIds = unique([...rows.flatMap((row) => (row.actorId ? [row.actorId] : [])), ...ofType('user')])
	const listingIds = unique([...ofType('listing'), ...rows.flatMap(targetListingIds)])
	const db = prisma()
	const none = Promise.resolve([])
	const [users, listings, requests, routes, claims, tokens, sitePages, news, events, offers, enquiries] =
		await Promise.all([
			userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : none,
			listingIds.length
				? db.listing.findMany({ where: { id: { in: listingIds } }, select: { id: true, name: true } })
				: none,
			requestIds.length
				? db.matchRequest.findMany({ where: { id: { in: requestIds } }, select: { id: true, title: true } })
				: none,
			routeIds.length
				? db.matchRoute.findMany({
						where: { id: { in: routeIds } },
						select: {
							id: true,
							request: { select: { id: true, title: true } },
							providerListing: { select: { id: true, name: true } },
						},
					})
				: none,
			claimIds.length
				? db.organizationClaim.findMany({
						where: { id: { in: claimIds } },
						select: { id: true, user: { select: { id: true, name: true } } },
					})
				: none,
			tokenIds.length
				? db.apiToken.findMany({ where: { id: { in: tokenIds } }, select: { id: true, name: true } })
				: none,
			sitePageKeys.length
				? db.sitePage.findMany({
						where: { key: { in: sitePageKeys } },
						select: { key: true, titleEn: true, titleSv: true },
					})
				: none,
			newsIds.length
				? db.newsItem.findMany({ where: { id: { in: newsIds } }, select: { id: true, titleEn: true, titleSv: true } })
				: none,
			eventIds.length
				? db.hubEvent.findMany({ where: { id: { in: eventIds } }, select: { id: true, titleEn: true, titleSv: true } })
				: none,
			offerIds.length
				? db.establishmentOffer.findMany({
						where: { id: { in: offerIds } },
						select: { id: true, titleEn: true, titleSv: true },
					})
				: none,
			enquiryIds.length
				? db.establishmentEnquiry.findMany({ where: { id: { in: enquiryIds } }, select: { id: true, company: true } })
				: none,
		])
	return {
		users: new Map(users.map((user) => [user.id, user.name])),
		listings: new Map(listings.map((listing) => [listing.id, listing.name])),
		requests: new Map(requests.map((request) => [request.id, request.title])),
		routes: new Map(routes.map((route) => [route.id, route])),
		claims: new Map(claims.map((claim) => [claim.id, claim.user])),
		tokens: new Map(tokens.map((token) => [token.id, token.name])),
		sitePages: new Map(sitePages.map((page) => [page.key, page.titleEn ?? page.titleSv ?? page.key])),
		// The log names a news item or event by the title it has, English first.
		news: new Map(news.map((item) => [item.id, item.titleEn ?? item.titleSv ?? ''])),
		events: new Map(events.map((event) => [event.id, event.titleEn ?? event.titleSv ?? ''])),
		// The log names an offer by the title it was written with, whichever language that is.
		offers: new Map(offers.map((offer) => [offer.id, offer.titleEn ?? offer.titleSv ?? offer.id])),
		// An enquiry is named by the company that sent it.
		enquiries: new Map(enquiries.map((enquiry) => [enquiry.id, enquiry.company])),
	}
}

export type Names = Awaited<ReturnType<typeof resolveNames>>

const listingRef = (names: Names, id: string): AuditRef => {
	const name = names.listings.get(id) ?? null
	return { kind: 'listing', id, name, href: name === null ? null : `/coordinator/listings/${id}` }
}
const requestRef = (id: string, title: string | null): AuditRef => ({
	kind: 'request',
	id,
	name: title,
	href: title === null ? null : `/coordinator/requests/${id}`,
})
const userRef = (id: string, name: string | null): AuditRef => ({
	kind: 'user',
	id,
	name,
	href: auditLogHref({ actorId: id }),
})

export function refsOf(row: Row, names: Names): { record: AuditRef | null; targets: AuditRef[] } {
	const targets = targetListingIds(row).map((id) => listingRef(names, id))
	const id = row.entityId
	switch (row.entityType) {
		case 'listing':
			return { record: listingRef(names, id), targets }
		case 'request':
			return { record: requestRef(id, names.requests.get(id) ?? null), targets }
		case 'route': {
			const route = names.routes.get(id)
			if (!route) return { record: requestRef(id, null), targets }
			const provider = route.providerListing
			return {
				record: requestRef(route.request.id, route.request.title),
				targets: [
					{ kind: 'listing', id: provider.id, name: provider.name, href: `/coordinator/listings/${provider.id}` },
					...targets,
				],
			}
		}
		case 'user':
			return { record: userRef(id, names.users.get(id) ?? null), targets }
		case 'claim': {
			const claimant = names.claims.get(id)
			return { record: claimant ? userRef(claimant.id, claimant.name) : null, targets }
		}
		case 'apiToken':
			return { record: { kind: 'apiToken', id, name: names.tokens.get(id) ?? null, href: null }, targets }
		case 'sitePage':
			return {
				record: { kind: 'sitePage', id, name: names.sitePages.get(id) ?? null, href: `/coordinator/pages/${id}` },
				targets: [],
			}
		case 'news': {
			const name = names.news.get(id) ?? null
			return { record: { kind: 'news', id, name, href: name === null ? null : `/coordinator/news/${id}` }, targets }
		}
		case 'event': {
			const name = names.events.get(id) ?? null
			return { record: { kind: 'event', id, name, href: name === null ? null : `/coordinator/events/${id}` }, targets }
		}
		case 'establishmentOffer': {
			const name = names.offers.get(id) ?? null
			const href = name === null ? null : `/establish/manage/${id}`
			return { record: { kind: 'establishmentOffer', id, name, href }, targets }
		}
		case 'establishmentEnquiry': {
			const name = names.enquiries.get(id) ?? null
			const href = name === null ? null : `/establish/enquiries/${id}`
			return { record: { kind: 'establishmentEnquiry', id, name, href }, targets }
		}
		default:
			return { record: null, targets }
	}
}

/**
 * The audit log newest first, filtered by action, record and actor, with
 * every person and record it names resolved to a name and a page.
 */
export async function auditLog(filter: AuditLogFilter = {}): Promise<AuditLogPage> {
	const pageSize = filter.pageSize ?? 50
	const page = Math.max(1, filter.page ?? 1)
	const where: Prisma.AuditEntryWhereInput = {
		...(filter.action ? { action: filter.action } : {}),
		...(filter.entityId
			? {
					OR: [
						{ entityId: filter.entityId, ...(filter.entityType ? { entityType: filter.entityType } : {}) },
						...(filter.relatedIds?.length ? [{ entityType: 'route', entityId: { in: filter.relatedIds } }] : []),
					],
				}
			: filter.entityType
				? { entityType: filter.entityType }
				: {}),
		...(filter.actorId ? { actorId: filter.actorId } : {}),
	}
	const db = prisma()
	const [total, rows] = await db.$transaction([
		db.auditEntry.count({ where }),
		db.auditEntry.findMany({
			where,
			orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
			skip: (page - 1) * pageSize,
			take: pageSize,
		}),
	])
	const names = await resolveNames(rows)
	return {
		entries: rows.map((row) => {
			const name = row.actorId ? names.users.get(row.actorId) : undefined
			const { record, targets } = refsOf(row, names)
			return {
				id: row.id.toString(),
				at: row.createdAt.toISOString(),
				action: row.action,
				known: isAuditAction(row.action),
				entityType: row.entityType,
				entityId: row.entityId,
				entityName: record?.name ?? null,
				actor: !row.actorId
					? { kind: 'system' as const }
					: name !== undefined
						? { kind: 'user' as const, id: row.actorId, name }
						: { kind: 'erased' as const, id: row.actorId, shortId: row.actorId.slice(0, 8) },
				record,
				targets,
				changes: row.changes,
			}
		}),
		total,
		page,
		pageCount: Math.max(1, Math.ceil(total / pageSize)),
	}
}
