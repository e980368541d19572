// The campus map, called as Remix calls it: everyone reads the same map, and
// whoever asks, a members-only listing is not on it, nor its position (the
// map is what a visitor sees, decision 037). The small map's image is public.
import { beforeAll, expect } from 'vitest'
import * as campusMap from '../../app/routes/map.tsx'
import * as placeImage from '../../app/routes/map_.place[.]svg.ts'
import type { MapPoint } from '../../app/domain/map/map-kinds.ts'
import { createListing } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import {
	allowedOnly,
	call,
	type MatrixCase,
	requestAs,
	roles,
	sessionsForRoles,
	walkMatrix,
	type Role,
} from './route-calls.ts'

withTestDatabase()

const novum = { lat: 59.2196, lng: 17.9373 }
let cookies: Map<Role, string | undefined>
let membersOnly: { slug: string }

beforeAll(async () => {
	const a = await createListing({ type: 'organization', name: 'Alpha Cell Therapy AB', ...novum })
	const b = await createListing({ type: 'organization', name: 'Beta Vectors AB', visibility: 'members', ...novum })
	membersOnly = b
	;({ cookies } = await sessionsForRoles({ a: a.id, b: b.id }))
})

const everyone = allowedOnly(roles, [...roles])

const cases: MatrixCase[] = [
	{
		name: 'the campus map, without a members-only listing',
		expected: everyone,
		run: (role) => call(campusMap.loader, requestAs(cookies.get(role), '/map?kind=organization')),
		isAllowed: (outcome) => {
			const points = (outcome.body as { points: MapPoint[] } | undefined)?.points ?? []
			expect(points.map((point) => point.name)).not.toContain('Beta Vectors AB')
			expect(points.some((point) => point.id.endsWith(membersOnly.slug))).toBe(false)
			return outcome.status === 200 && points.some((point) => point.name === 'Alpha Cell Therapy AB')
		},
	},
	{
		name: 'the small map’s image',
		expected: everyone,
		run: (role) =>
			call(placeImage.loader, requestAs(cookies.get(role), '/map/place.svg?kind=organization&lat=59.2196&lng=17.9373')),
		isAllowed: (outcome) => outcome.status === 200,
	},
]

walkMatrix(cases, { roles })
