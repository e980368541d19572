// Which providers a coordinator is shown for a new request: those the request
// can be sent to first, and, apart, a few that fit but nobody could answer for.
import { describe, expect, it } from 'vitest'
import { saveRequest } from '../../app/domain/requests/save-request.server.ts'
import { triageDetail } from '../../app/domain/requests/triage-views.server.ts'
import { NOT_IN_PORTAL_LIMIT, SUGGESTION_LIMIT } from '../../app/domain/requests/request-suggestions.server.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()

describe('suggestions a coordinator can act on', () => {
	it('fills the list with providers that can be routed, and shows a few others apart', async () => {
		const requester = await createListing({ type: 'organization', name: 'Visättra Cell AB' })
		const member = await createUser({ memberships: [{ organizationId: requester.id }] })
		const coordinator = await createUser({ platformRole: 'coordinator' })
		const vectorCo = await createListing({
			type: 'organization',
			name: 'Vektorbolaget AB',
			kind: 'cdmo',
			services: ['viral-vector-production'],
			modalities: ['lentiviral'],
		})
		await createUser({ memberships: [{ organizationId: vectorCo.id }] })
		// Better on paper than the member of the portal, but nobody there has an account.
		for (let n = 1; n <= 25; n++)
			await createListing({
				type: 'organization',
				name: `Okänd Vektor ${n} AB`,
				kind: 'cdmo',
				summary: 'GMP lentiviral vector production for phase I CAR-T trials',
				services: ['viral-vector-production', 'gmp-manufacturing'],
				modalities: ['lentiviral', 'car-t'],
				phases: ['phase-1'],
			})
		const { requestId } = await saveRequest({
			actor: member,
			fields: {
				organizationId: requester.id,
				title: 'Lentiviral vector supply for a phase I CAR-T trial',
				teaser: 'A Stockholm company needs GMP lentiviral vector for an early clinical trial.',
				description: 'We need GMP-grade lentiviral vector for a phase I CAR-T trial.',
				services: ['viral-vector-production'],
				modalities: ['lentiviral', 'car-t'],
				phase: 'phase-1',
				requiredGrades: [],
				requiredLicences: [],
				confidentiality: 'hub_only',
			},
			intent: 'submit',
			contentLocale: 'en',
			baseUrl: 'https://hub.test',
		})
		const candidates = (await triageDetail(coordinator, requestId))!.candidates
		expect(candidates.filter((candidate) => candidate.reachable).map((candidate) => candidate.name)).toEqual([
			'Vektorbolaget AB',
		])
		const notInPortal = candidates.filter((candidate) => !candidate.reachable)
		expect(notInPortal).toHaveLength(NOT_IN_PORTAL_LIMIT)
		expect(candidates.length).toBeLessThanOrEqual(SUGGESTION_LIMIT + NOT_IN_PORTAL_LIMIT)
	})
})
