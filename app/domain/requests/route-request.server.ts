import { prisma } from '~/utils/db.server.ts'
import { env } from '~/utils/env.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { notify, providerResponders, requestPaths } from './notify.server.ts'
import { RuleError } from '../rules.ts'
import { auditRequest, isUuid, lockRequest, requestTransition } from './request-records.server.ts'

const DAY_MS = 86_400_000

export interface RouteRequestOptions {
	actor: Actor
	requestId: string
	/** The providers to send the request to (listing ids). */
	listingIds: readonly string[]
	/** The coordinator's words to the providers, shown with the teaser. */
	note?: string | null
	baseUrl: string
	now?: Date
	reminderDays?: number
	expiryDays?: number
}

/**
 * A coordinator sends a request to chosen providers. Each route gets its
 * reminder and expiry dates; everyone who can answer for each provider is
 * told (teaser only). A provider that already expressed interest in the open
 * call starts as "interested" with its own words as the answer. Under the
 * request's row lock, a provider already routed is refused, so two
 * coordinators routing at once cannot send the same provider twice (the
 * unique key on request and provider is the last guard).
 */
export async function routeRequest(options: RouteRequestOptions): Promise<{ routeIds: string[] }> {
	assertCan(options.actor, 'request.triage')
	const listingIds = [...new Set(options.listingIds)]
	if (!listingIds.length) throw new RuleError('nothing-to-route', 'listingIds')
	if (!listingIds.every(isUuid)) throw new RuleError('candidate-not-found', 'listingIds')
	const now = options.now ?? new Date()
	const reminderDays = options.reminderDays ?? env().HUB_ROUTE_REMINDER_DAYS
	const expiryDays = options.expiryDays ?? env().HUB_ROUTE_EXPIRY_DAYS

	return prisma().$transaction(async (tx) => {
		const request = await lockRequest(tx, options.requestId)
		const status = requestTransition(request.status, 'route')
		const already = await tx.matchRoute.count({
			where: { requestId: request.id, providerListingId: { in: listingIds } },
		})
		if (already) throw new RuleError('already-routed', 'listingIds')

		const providers = await tx.listing.findMany({
			where: { id: { in: listingIds } },
			select: {
				id: true,
				type: true,
				name: true,
				status: true,
				mergedIntoId: true,
				organizationId: true,
				ownerUserId: true,
			},
		})
		if (providers.length !== listingIds.length) throw new RuleError('candidate-not-found', 'listingIds')

		const routeIds: string[] = []
		for (const provider of providers) {
			if (provider.status !== 'published' || provider.mergedIntoId)
				throw new RuleError('provider-not-published', 'listingIds')
			// Members of an organisation answer for it; a lab's or facility's host answers for them.
			const providerOrganizationId = provider.type === 'organization' ? provider.id : provider.organizationId
			if (providerOrganizationId === request.organizationId) throw new RuleError('own-request', 'listingIds')
			const responders = await providerResponders(tx, {
				organizationId: providerOrganizationId,
				ownerUserId: provider.ownerUserId,
			})
			if (!responders.length) throw new RuleError('provider-unreachable', 'listingIds')

			const interest = providerOrganizationId
				? await tx.openCallInterest.findUnique({
						where: { requestId_organizationId: { requestId: request.id, organizationId: providerOrganizationId } },
					})
				: null
			const route = await tx.matchRoute.create({
				data: {
					requestId: request.id,
					providerListingId: provider.id,
					providerOrganizationId,
					routedById: options.actor.userId,
					note: options.note?.trim() || null,
					status: interest ? 'interested' : 'routed',
					remindAt: new Date(now.getTime() + reminderDays * DAY_MS),
					expiresAt: new Date(now.getTime() + expiryDays * DAY_MS),
					firstRespondedAt: interest ? interest.createdAt : null,
					createdAt: now,
					updatedAt: now,
				},
				select: { id: true },
			})
			if (interest)
				await tx.matchResponse.create({
					data: {
						routeId: route.id,
						userId: interest.userId,
						kind: 'interested',
						message: interest.message,
						createdAt: now,
					},
				})
			routeIds.push(route.id)
			await notify(
				tx,
				responders,
				{
					kind: 'route.received',
					path: requestPaths.provider(route.id),
					title: request.title,
					provider: provider.name,
					quote: request.teaser,
				},
				{ baseUrl: options.baseUrl },
			)
		}
		await tx.matchRequest.update({ where: { id: request.id }, data: { status, updatedAt: now } })
		await auditRequest(tx, options.actor, 'request.routed', request.id, {
			providers: providers.map((provider) => provider.id),
			routes: routeIds,
		})
		return { routeIds }
	})
}
