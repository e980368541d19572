// Telling people what happened to a request: an in-app notification and an
// e-mail per person, written in the transaction of the transition itself. The
// notification row commits with the change (it lives in the same database);
// the mail is an outbox row that the worker delivers after commit, so a
// rolled-back transition tells nobody and a crash after commit still tells
// everybody (docs/decisions/005, 010).
import type { Prisma } from '~/generated/prisma/client.ts'
import { queueMail } from '~/mail/queue-mail.server.ts'
import { mailTo } from '~/mail/recipient-locale.ts'
import type { NoticeKind, NoticeParams } from '~/mail/request-notice.ts'
import { membershipGivingRights } from '~/domain/auth/membership-rights.ts'
import { deliveriesFor } from '~/domain/notifications/delivery.server.ts'
import { byMailNow, inPortal, settingKindOf } from '~/domain/notifications/notification-kinds.ts'

type Tx = Prisma.TransactionClient

export interface Recipient {
	id: string
	email: string
	preferredLocale: string
}

const recipientSelect = { id: true, email: true, preferredLocale: true } as const

export interface Notice extends NoticeParams {
	kind: NoticeKind
	/** The page where this recipient acts on it. */
	path: string
}

export interface NotifyOptions {
	baseUrl: string
	exceptUserId?: string | null
}

export async function notify(
	tx: Tx,
	recipients: readonly Recipient[],
	notice: Notice,
	options: NotifyOptions,
): Promise<void> {
	const unique = [...new Map(recipients.map((recipient) => [recipient.id, recipient])).values()].filter(
		(recipient) => recipient.id !== options.exceptUserId,
	)
	if (!unique.length) return
	const { kind, path, title, provider, next } = notice
	// Each person's notification settings say whether they hear in the portal, by mail too, or not at all.
	const deliveries = await deliveriesFor(
		tx,
		unique.map((recipient) => recipient.id),
		settingKindOf(kind),
	)
	const told = unique.filter((recipient) => inPortal(deliveries.get(recipient.id)!))
	await tx.notification.createMany({
		data: told.map((recipient) => ({
			userId: recipient.id,
			kind,
			payload: { path, title, provider: provider ?? null, ...(next ? { next } : {}) },
		})),
	})
	for (const recipient of told) {
		if (!byMailNow(deliveries.get(recipient.id)!)) continue
		await queueMail(tx, 'requestNotice', {
			...notice,
			...mailTo(recipient),
			baseUrl: options.baseUrl,
		})
	}
}

const activeUser = { disabledAt: null, emailVerifiedAt: { not: null } } satisfies Prisma.UserWhereInput

/** The hub's coordinators; platform admins stand in when the hub has none yet. */
export async function hubCoordinators(tx: Tx): Promise<Recipient[]> {
	const coordinators = await tx.user.findMany({
		where: { ...activeUser, platformRole: 'coordinator' },
		select: recipientSelect,
	})
	if (coordinators.length) return coordinators
	return tx.user.findMany({ where: { ...activeUser, platformRole: 'platform_admin' }, select: recipientSelect })
}

export async function organizationMembers(tx: Tx, organizationId: string): Promise<Recipient[]> {
	return tx.user.findMany({
		where: { ...activeUser, memberships: { some: { organizationId, ...membershipGivingRights } } },
		select: recipientSelect,
		orderBy: { createdAt: 'asc' },
	})
}

/** Everyone who may answer for a provider: its organisation's members and, for an expert, the expert. */
export async function providerResponders(
	tx: Tx,
	provider: { organizationId: string | null; ownerUserId: string | null },
): Promise<Recipient[]> {
	const or: Prisma.UserWhereInput[] = []
	if (provider.organizationId)
		or.push({ memberships: { some: { organizationId: provider.organizationId, ...membershipGivingRights } } })
	if (provider.ownerUserId) or.push({ id: provider.ownerUserId })
	if (!or.length) return []
	return tx.user.findMany({ where: { ...activeUser, OR: or }, select: recipientSelect, orderBy: { createdAt: 'asc' } })
}

/** Paths of the three views of a request. */
export const requestPaths = {
	requester: (requestId: string) => `/requests/${requestId}`,
	provider: (routeId: string) => `/inbox/${routeId}`,
	coordinator: (requestId: string) => `/coordinator/requests/${requestId}`,
}

/** A notice before it knows whose page it points to. */
export type RequestNotice = Omit<Notice, 'path'>

/** Tells the hub's coordinators, on the request's triage page. */
export async function notifyHub(tx: Tx, requestId: string, notice: RequestNotice, options: NotifyOptions) {
	await notify(tx, await hubCoordinators(tx), { ...notice, path: requestPaths.coordinator(requestId) }, options)
}

/** Tells the requesting organisation's members, on the request's page. */
export async function notifyRequester(
	tx: Tx,
	request: { id: string; organizationId: string },
	notice: RequestNotice,
	options: NotifyOptions,
) {
	const members = await organizationMembers(tx, request.organizationId)
	await notify(tx, members, { ...notice, path: requestPaths.requester(request.id) }, options)
}

/** Tells everyone who answers for the route's provider, on the route in their inbox. */
export async function notifyProvider(
	tx: Tx,
	route: { id: string; providerOrganizationId: string | null; providerListing: { ownerUserId: string | null } },
	notice: RequestNotice,
	options: NotifyOptions,
) {
	const responders = await providerResponders(tx, {
		organizationId: route.providerOrganizationId,
		ownerUserId: route.providerListing.ownerUserId,
	})
	await notify(tx, responders, { ...notice, path: requestPaths.provider(route.id) }, options)
}
