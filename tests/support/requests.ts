// Requests as the tests need them: a complete form as a member would send it,
// and that request submitted and routed to providers by a coordinator.
import type { Actor } from '../../app/domain/auth/permissions.ts'
import type { RequestFields } from '../../app/domain/requests/request-form-schema.ts'
import { routeRequest } from '../../app/domain/requests/route-request.server.ts'
import { saveRequest } from '../../app/domain/requests/save-request.server.ts'
import { createListing } from '../curation/factories.ts'

/** A complete request of `organizationId` for GMP lentiviral vector for a phase I CAR-T trial. */
export function requestFields(organizationId: string, overrides: Partial<RequestFields> = {}): RequestFields {
	return {
		organizationId,
		title: 'Lentiviral vector supply for a phase I CAR-T trial',
		teaser: 'A Stockholm company needs GMP lentiviral vector for an early clinical trial in 2027.',
		description: 'We need GMP-grade lentiviral vector, about 20 litres, for a phase I trial.',
		services: ['viral-vector-production'],
		modalities: ['lentiviral', 'car-t'],
		phase: 'phase-1',
		neededBy: '2027-09-30',
		requiredGrades: [],
		requiredLicences: [],
		confidentiality: 'hub_only',
		...overrides,
	}
}

/** The two organisations of a request: one that asks, and one that offers viral vector production. */
export async function requesterAndProvider(
	names: { requester: string; provider: string },
	provider: { modalities?: string[] } = {},
) {
	return {
		requester: await createListing({ type: 'organization', name: names.requester }),
		provider: await createListing({
			type: 'organization',
			name: names.provider,
			services: ['viral-vector-production'],
			...provider,
		}),
	}
}

/** Submits a request as `member` and routes it to `providerIds` as `coordinator`: a route in each provider's inbox. */
export async function submittedAndRouted(options: {
	member: Actor
	coordinator: Actor
	fields: RequestFields
	providerIds: string[]
	baseUrl: string
}): Promise<{ requestId: string; routeIds: string[] }> {
	const { member, coordinator, fields, providerIds, baseUrl } = options
	const { requestId } = await saveRequest({ actor: member, fields, intent: 'submit', contentLocale: 'en', baseUrl })
	const { routeIds } = await routeRequest({ actor: coordinator, requestId, listingIds: providerIds, baseUrl })
	return { requestId, routeIds }
}
