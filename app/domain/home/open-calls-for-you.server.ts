import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { openCallBoard } from '../requests/request-views.server.ts'

export type OpenCallForYou = Awaited<ReturnType<typeof openCallBoard>>[number] & {
	/** The needs of the call that the organisation's listings offer, as taxonomy codes. */
	fits: { services: string[]; modalities: string[] }
}

/** What the viewer's organisations offer: the services and modalities tagged on their listings. */
async function capabilitiesOf(actor: Actor) {
	const organizationIds = actor.memberships.filter((m) => !m.provisional).map((m) => m.organizationId)
	if (!organizationIds.length) return null
	const listings = await prisma().listing.findMany({
		where: {
			mergedIntoId: null,
			status: { not: 'archived' },
			OR: [{ id: { in: organizationIds } }, { organizationId: { in: organizationIds } }],
		},
		select: { services: true, modalities: true },
	})
	return {
		services: new Set(listings.flatMap((listing) => listing.services)),
		modalities: new Set(listings.flatMap((listing) => listing.modalities)),
	}
}

/**
 * Open calls on the members' board (the same calls /open-calls lists to the
 * viewer) that ask for a service or modality the viewer's organisations
 * offer, those the organisations have not answered first.
 */
export async function openCallsForYou(actor: Actor, limit = 5): Promise<OpenCallForYou[]> {
	const capabilities = await capabilitiesOf(actor)
	if (!capabilities || (!capabilities.services.size && !capabilities.modalities.size)) return []
	const calls = await openCallBoard(actor)
	return calls
		.map((call) => ({
			...call,
			fits: {
				services: call.services.filter((code) => capabilities.services.has(code)),
				modalities: call.modalities.filter((code) => capabilities.modalities.has(code)),
			},
		}))
		.filter((call) => call.fits.services.length || call.fits.modalities.length)
		.sort((a, b) => Number(a.interestedOrganizationIds.length > 0) - Number(b.interestedOrganizationIds.length > 0))
		.slice(0, limit)
}
