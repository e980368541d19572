// A year of matchmaking history for the demo database, so the coordinators'
// funnel (/coordinator/analytics, decision 041) has something to show on the
// first visit: requests at every stage and with every outcome, spread over the
// twelve months before the day the demo is started, with the providers'
// answers and the requesters' ratings. Written as the same records the portal
// writes (requests, their suggestions with the ranking's own scores and
// reasons, routes, responses, audit entries), back-dated. Not through the use
// cases: those stamp the day they run and tell the people involved, and a
// year-old routing must not send mail today. Nothing is left that the route
// jobs would act on (an unanswered route past its expiry is already expired,
// one past its reminder already reminded). Deterministic: one seeded PRNG
// decides everything; only the row ids and the dates relative to `now` differ.
import { randomUUID } from 'node:crypto'
import { suggestProviders } from '../../app/domain/matching/suggest-providers.server.ts'
import type { Suggestion } from '../../app/domain/matching/suggest-providers.server.ts'
import type { Prisma, RouteStatus } from '../../app/generated/prisma/client.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { mulberry32 } from './demo-data.ts'
import { demoUsers } from './demo-users.ts'

export const DEMO_FUNNEL_SEED = 20261205
const HOUR = 3_600_000
const DAY = 24 * HOUR
const ROUTE_REMINDER_DAYS = 5
const ROUTE_EXPIRY_DAYS = 14

/** How far each generated request got: the funnel's stages while open, then each way a request ends. */
export const demoJourneys = [
	'submitted',
	'triaged',
	'routed',
	'answered',
	'interested',
	'introduced',
	'partner_found',
	'no_fit',
	'withdrawn',
	'expired',
] as const
export type DemoJourney = (typeof demoJourneys)[number]

const journeyCounts: Record<DemoJourney, number> = {
	submitted: 3,
	triaged: 4,
	routed: 4,
	answered: 5,
	interested: 5,
	introduced: 4,
	partner_found: 14,
	no_fit: 8,
	withdrawn: 5,
	expired: 6,
}

type Localised = { en: string; sv: string }

interface DemoNeed {
	title: Localised
	teaser: Localised
	description: Localised
	services: string[]
	modalities: string[]
	phase?: string
	requiredGrades: string[]
	requiredLicences: string[]
}

// What companies, hospitals and academic groups around Flemingsberg ask the hub for.
const needs: readonly DemoNeed[] = [
	{
		title: {
			en: 'Lentiviral vector supply for a CAR-T programme',
			sv: 'Leverans av lentiviral vektor till ett CAR-T-program',
		},
		teaser: {
			en: 'Clinical-grade lentiviral vector for an autologous CAR-T product.',
			sv: 'Lentiviral vektor av klinisk kvalitet för en autolog CAR-T-produkt.',
		},
		description: {
			en: 'We need GMP lentiviral vector batches for a phase I CAR-T study, with release testing and a certificate of analysis.',
			sv: 'Vi behöver GMP-batcher av lentiviral vektor till en fas I-studie med CAR-T, med frisläppningstester och analyscertifikat.',
		},
		services: ['viral-vector-production'],
		modalities: ['lentiviral', 'car-t'],
		phase: 'phase-1',
		requiredGrades: ['B'],
		requiredLicences: [],
	},
	{
		title: { en: 'AAV process development before GMP', sv: 'Processutveckling för AAV inför GMP' },
		teaser: {
			en: 'Upstream and downstream development for an AAV gene therapy.',
			sv: 'Utveckling av odling och rening för en AAV-genterapi.',
		},
		description: {
			en: 'A preclinical AAV candidate needs a scalable process and analytical methods ready for tech transfer to a CDMO.',
			sv: 'En preklinisk AAV-kandidat behöver en skalbar process och analysmetoder redo för tekniköverföring till en CDMO.',
		},
		services: ['process-development', 'analytical-development'],
		modalities: ['aav'],
		phase: 'preclinical',
		requiredGrades: [],
		requiredLicences: [],
	},
	{
		title: { en: 'Release testing for MSC batches', sv: 'Frisläppningstester för MSC-batcher' },
		teaser: {
			en: 'Sterility, mycoplasma and potency testing for a mesenchymal stromal cell product.',
			sv: 'Sterilitet, mykoplasma och potens för en produkt med mesenkymala stromaceller.',
		},
		description: {
			en: 'Validated release methods for around 15 batches a year of an allogeneic MSC product in a phase II trial.',
			sv: 'Validerade frisläppningsmetoder för omkring 15 batcher per år av en allogen MSC-produkt i en fas II-studie.',
		},
		services: ['qc-testing'],
		modalities: ['msc'],
		phase: 'phase-2',
		requiredGrades: [],
		requiredLicences: ['gmp-certificate'],
	},
	{
		title: { en: 'Cleanroom suite to rent for cell manufacturing', sv: 'Renrum att hyra för celltillverkning' },
		teaser: {
			en: 'A grade B suite for our own team to manufacture in.',
			sv: 'Ett renrum i klass B där vårt eget team kan tillverka.',
		},
		description: {
			en: 'We look for a grade B suite with grade A hoods for six to twelve months, with the host’s QA and environmental monitoring.',
			sv: 'Vi söker ett renrum i klass B med LAF-bänkar i klass A under sex till tolv månader, med värdens QA och miljöövervakning.',
		},
		services: ['facility-rental'],
		modalities: ['car-t', 'nk'],
		requiredGrades: ['B'],
		requiredLicences: [],
	},
	{
		title: { en: 'Hospital exemption manufacturing of TILs', sv: 'Tillverkning av TIL under sjukhusundantag' },
		teaser: {
			en: 'Manufacturing tumour-infiltrating lymphocytes for patients under the hospital exemption.',
			sv: 'Tillverkning av tumörinfiltrerande lymfocyter till patienter under sjukhusundantaget.',
		},
		description: {
			en: 'A clinic wants to treat melanoma patients with TILs made under the hospital exemption and needs a licensed partner.',
			sv: 'En klinik vill behandla patienter med melanom med TIL tillverkade under sjukhusundantaget och behöver en partner med tillstånd.',
		},
		services: ['gmp-manufacturing'],
		modalities: ['til'],
		phase: 'phase-1',
		requiredGrades: ['A', 'B'],
		requiredLicences: ['hospital-exemption'],
	},
	{
		title: { en: 'iPSC master cell bank', sv: 'Masterbank av iPS-celler' },
		teaser: {
			en: 'A GMP master cell bank from a research iPSC line.',
			sv: 'En GMP-masterbank från en iPS-cellinje från forskningen.',
		},
		description: {
			en: 'We need a master cell bank made under GMP from our iPSC line, characterised and stored, before a differentiation process is developed.',
			sv: 'Vi behöver en masterbank tillverkad enligt GMP från vår iPS-cellinje, karakteriserad och lagrad, innan differentieringsprocessen utvecklas.',
		},
		services: ['cell-banking'],
		modalities: ['ipsc'],
		phase: 'preclinical',
		requiredGrades: ['B'],
		requiredLicences: [],
	},
	{
		title: {
			en: 'Regulatory advice before a first clinical trial',
			sv: 'Regulatorisk rådgivning inför första kliniska prövningen',
		},
		teaser: {
			en: 'Help with the scientific advice meeting and the IMPD for a gene-edited cell therapy.',
			sv: 'Hjälp med mötet om vetenskaplig rådgivning och IMPD för en genredigerad cellterapi.',
		},
		description: {
			en: 'An academic spin-out plans its first clinical trial and needs regulatory support for the application and the quality documentation.',
			sv: 'Ett akademiskt avknoppningsbolag planerar sin första kliniska prövning och behöver regulatoriskt stöd med ansökan och kvalitetsdokumentationen.',
		},
		services: ['regulatory', 'consulting'],
		modalities: ['gene-editing', 'hsc'],
		phase: 'preclinical',
		requiredGrades: [],
		requiredLicences: [],
	},
	{
		title: {
			en: 'Fill and finish of an extracellular vesicle product',
			sv: 'Fyllning av en produkt med extracellulära vesiklar',
		},
		teaser: {
			en: 'Aseptic filling of an EV product for a first-in-human study.',
			sv: 'Aseptisk fyllning av en EV-produkt till en första studie på människa.',
		},
		description: {
			en: 'Small-scale aseptic fill and finish, a few hundred vials, with QP release, for an extracellular vesicle therapy.',
			sv: 'Aseptisk fyllning i liten skala, några hundra vialer, med QP-frisläppning, för en terapi med extracellulära vesiklar.',
		},
		services: ['fill-finish', 'qp-release'],
		modalities: ['ev'],
		phase: 'phase-1',
		requiredGrades: ['A'],
		requiredLicences: ['mpa-manufacturing'],
	},
	{
		title: { en: 'Cryo logistics for patient material', sv: 'Kryologistik för patientmaterial' },
		teaser: {
			en: 'Chain-of-custody shipping of apheresis material and finished product.',
			sv: 'Spårbar transport av aferesmaterial och färdig produkt.',
		},
		description: {
			en: 'Shipping of leukapheresis material to manufacturing and of cryopreserved product back to three Nordic hospitals.',
			sv: 'Transport av leukaferesmaterial till tillverkningen och av kryokonserverad produkt tillbaka till tre nordiska sjukhus.',
		},
		services: ['cryo-logistics'],
		modalities: ['car-t'],
		phase: 'phase-2',
		requiredGrades: [],
		requiredLicences: [],
	},
	{
		title: {
			en: 'Oncolytic virus production for a phase I study',
			sv: 'Produktion av onkolytiskt virus för en fas I-studie',
		},
		teaser: {
			en: 'GMP production of an oncolytic virus, with fill and release.',
			sv: 'GMP-produktion av ett onkolytiskt virus, med fyllning och frisläppning.',
		},
		description: {
			en: 'We need GMP manufacturing of an oncolytic adenovirus under contained use, about five batches, with QP release.',
			sv: 'Vi behöver GMP-tillverkning av ett onkolytiskt adenovirus under innesluten användning, omkring fem batcher, med QP-frisläppning.',
		},
		services: ['gmp-manufacturing', 'qp-release'],
		modalities: ['oncolytic-virus'],
		phase: 'phase-1',
		requiredGrades: ['B'],
		requiredLicences: ['gmo-contained-use'],
	},
]

const answers = {
	question: {
		en: 'Could you share the expected batch size and the timeline for tech transfer?',
		sv: 'Kan ni berätta om förväntad batchstorlek och tidsplanen för tekniköverföringen?',
	},
	interested: {
		en: 'We can take this on and have capacity in the period you name. Happy to set up a call.',
		sv: 'Vi kan ta oss an detta och har kapacitet under perioden ni anger. Vi bokar gärna ett samtal.',
	},
	declined: {
		en: 'Unfortunately we are fully booked for the period you need.',
		sv: 'Tyvärr är vi fullbokade under den period ni behöver.',
	},
} satisfies Record<string, Localised>

const outcomeNotes = {
	partner_found: { en: 'Agreement signed with the provider.', sv: 'Avtal tecknat med leverantören.' },
	no_fit: { en: 'Nobody could offer what we need in time.', sv: 'Ingen kunde erbjuda det vi behöver i tid.' },
	withdrawn: { en: 'The project was put on hold.', sv: 'Projektet pausades.' },
} satisfies Record<string, Localised>

const feedbackComments: Localised[] = [
	{ en: 'Quick, clear answers and a realistic plan.', sv: 'Snabba, tydliga svar och en realistisk plan.' },
	{ en: 'Good contact, though the price was high.', sv: 'Bra kontakt, men priset var högt.' },
	{ en: 'Answered late.', sv: 'Svarade sent.' },
]

class Draw {
	private readonly next: () => number
	constructor(seed: number) {
		this.next = mulberry32(seed)
	}
	float(min = 0, max = 1): number {
		return min + this.next() * (max - min)
	}
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1))
	}
	chance(probability: number): boolean {
		return this.next() < probability
	}
	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)]!
	}
	shuffle<T>(items: readonly T[]): T[] {
		const copy = [...items]
		for (let i = copy.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1))
			;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
		}
		return copy
	}
	hex(length: number): string {
		return Array.from({ length }, () => Math.floor(this.next() * 16).toString(16)).join('')
	}
}

interface Requester {
	id: string
	/** The organisation and everything it hosts: nobody is introduced to themselves. */
	own: Set<string>
}

interface Provider {
	listingId: string
	organizationId: string | null
}

type RankedProvider = Suggestion & Provider & { unreachable: boolean }

interface Rows {
	requests: Prisma.MatchRequestCreateManyInput[]
	candidates: Prisma.MatchCandidateCreateManyInput[]
	routes: Prisma.MatchRouteCreateManyInput[]
	responses: Prisma.MatchResponseCreateManyInput[]
	audit: Prisma.AuditEntryCreateManyInput[]
}

const at = (date: Date, plusHours: number) => new Date(date.getTime() + plusHours * HOUR)
const earlier = (a: Date, b: Date) => (a < b ? a : b)

/** How many days before `now` a journey's request was submitted: the open stages are recent, the ended ones spread over the year. */
function daysAgoFor(journey: DemoJourney, draw: Draw): number {
	switch (journey) {
		case 'submitted':
			return draw.float(0.3, 5)
		case 'triaged':
			return draw.float(3, 10)
		case 'routed':
			return draw.float(4, 9)
		case 'answered':
		case 'interested':
		case 'introduced':
			return draw.float(12, 75)
		default:
			return draw.float(30, 360)
	}
}

/** One request's records, as the portal would have written them over its life. */
function journeyRows(
	journey: DemoJourney,
	context: {
		draw: Draw
		now: Date
		coordinatorId: string | null
		requester: Requester
		need: DemoNeed
		ranked: ReadonlyArray<RankedProvider>
		rows: Rows
	},
) {
	const { draw, now, coordinatorId, requester, need, ranked, rows } = context
	const locale = draw.chance(0.3) ? 'sv' : 'en'
	const requestId = randomUUID()
	const submittedAt = new Date(now.getTime() - daysAgoFor(journey, draw) * DAY)
	const createdAt = at(submittedAt, -draw.float(0.5, 72))
	const audit = (action: string, entityType: 'request' | 'route', entityId: string, when: Date, changes = {}) =>
		rows.audit.push({ actorId: null, action, entityType, entityId, changes, createdAt: when })

	// The ranking's suggestions when it was submitted, without the requester and what it hosts.
	const suggested = ranked.filter(
		(provider) => !requester.own.has(provider.listingId) && !requester.own.has(provider.organizationId ?? ''),
	)
	const shown = suggested.slice(0, draw.int(3, 6))
	for (const suggestion of shown)
		rows.candidates.push({
			requestId,
			listingId: suggestion.listingId,
			score: suggestion.score,
			reasons: suggestion.reasons as unknown as Prisma.InputJsonValue,
			source: 'suggested',
			createdAt: submittedAt,
		})

	const closes = journey === 'partner_found' || journey === 'no_fit' || journey === 'withdrawn'
	// How far it got before it ended: a partner found went all the way; no fit and withdrawn stop anywhere before.
	const reached: DemoJourney =
		journey === 'partner_found'
			? 'introduced'
			: journey === 'no_fit'
				? draw.pick(['triaged', 'answered', 'answered'] as const)
				: journey === 'withdrawn'
					? draw.pick(['submitted', 'triaged', 'routed', 'interested'] as const)
					: journey
	const order = demoJourneys.indexOf(reached)
	const stageAtLeast = (stage: DemoJourney) => reached !== 'expired' && order >= demoJourneys.indexOf(stage)

	let status: 'submitted' | 'routed' | 'introduced' | 'closed' = 'submitted'
	let lastEvent = submittedAt
	const triagedAt = at(submittedAt, draw.float(1, journey === 'triaged' ? 40 : 60))
	const routable = shown.filter((provider) => !provider.unreachable)

	if (reached !== 'submitted') {
		// A coordinator's first step: a candidate of their own, or straight to routing.
		const added = suggested[shown.length]
		if (reached === 'triaged' || !routable.length) {
			if (added) {
				rows.candidates.push({
					requestId,
					listingId: added.listingId,
					score: added.score,
					reasons: added.reasons as unknown as Prisma.InputJsonValue,
					source: 'added',
					addedById: coordinatorId,
					createdAt: triagedAt,
				})
				audit('request.candidateAdded', 'request', requestId, triagedAt, { listingId: added.listingId })
			} else if (shown[0]) {
				audit('request.candidateRemoved', 'request', requestId, triagedAt, { listingId: shown[0].listingId })
			}
			lastEvent = triagedAt
		}
	}

	if (reached !== 'submitted' && reached !== 'triaged' && routable.length) {
		status = 'routed'
		const routedAt = triagedAt
		const chosen = routable.slice(0, Math.min(routable.length, draw.int(1, 3)))
		const routeIds: string[] = []
		// Which route gets the good news: the first, the ranking's best.
		chosen.forEach((provider, index) => {
			const routeId = randomUUID()
			routeIds.push(routeId)
			const lead = index === 0
			const route: { status: RouteStatus; firstRespondedAt: Date | null; introducedAt: Date | null } = {
				status: 'routed',
				firstRespondedAt: null,
				introducedAt: null,
			}
			const answer = (kind: 'question' | 'interested' | 'declined', when: Date) => {
				rows.responses.push({ routeId, userId: null, kind, message: answers[kind][locale], createdAt: when })
				audit(`route.${kind}`, 'route', routeId, when)
				route.firstRespondedAt ??= when
				route.status = kind
				if (when > lastEvent) lastEvent = when
			}
			// Providers answer within hours to a week or so; some are slow.
			const answerAt = earlier(at(routedAt, draw.float(3, draw.chance(0.2) ? 260 : 120)), at(now, -1))
			if (reached === 'expired') {
				// Nobody answered before the route ran out.
			} else if (lead && stageAtLeast('interested')) {
				const asked = draw.chance(0.4)
				if (asked) answer('question', answerAt)
				answer('interested', earlier(at(answerAt, asked ? draw.float(4, 48) : 0), at(now, -1)))
				if (stageAtLeast('introduced')) {
					const introducedAt = earlier(at(lastEvent, draw.float(24, 200)), at(now, -0.5))
					route.status = 'introduced'
					route.introducedAt = introducedAt
					audit('route.introduced', 'route', routeId, introducedAt)
					lastEvent = introducedAt
					status = 'introduced'
				}
			} else if (stageAtLeast('answered') && (lead || draw.chance(0.5))) {
				const asked = draw.chance(0.5)
				answer(asked ? 'question' : 'declined', answerAt)
				if (journey === 'no_fit' && asked) answer('declined', earlier(at(answerAt, draw.float(24, 96)), at(now, -1)))
			}
			const expiresAt = at(routedAt, ROUTE_EXPIRY_DAYS * 24)
			const remindAt = at(routedAt, ROUTE_REMINDER_DAYS * 24)
			// An unanswered route past its expiry has expired, as the route job would have decided.
			if (route.status === 'routed' && expiresAt <= now) {
				route.status = 'expired'
				audit('route.expired', 'route', routeId, expiresAt)
				if (expiresAt > lastEvent) lastEvent = expiresAt
			}
			// Reminded when its day came while nobody had answered, as the reminder job would have done.
			const reminded =
				remindAt <= now && (!route.firstRespondedAt || route.firstRespondedAt > remindAt) ? remindAt : null
			rows.routes.push({
				id: routeId,
				requestId,
				providerListingId: provider.listingId,
				providerOrganizationId: provider.organizationId,
				routedById: coordinatorId,
				status: route.status,
				remindAt,
				reminderSentAt: reminded,
				expiresAt,
				firstRespondedAt: route.firstRespondedAt,
				introducedAt: route.introducedAt,
				createdAt: routedAt,
				updatedAt: lastEvent,
			})
		})
		audit('request.routed', 'request', requestId, routedAt, {
			providers: chosen.map((provider) => provider.listingId),
			routes: routeIds,
		})
		lastEvent = lastEvent > routedAt ? lastEvent : routedAt
	}

	let outcome: 'partner_found' | 'no_fit' | 'withdrawn' | null = null
	let closedAt: Date | null = null
	if (closes) {
		outcome = journey
		closedAt = earlier(at(lastEvent, draw.float(24, 24 * 21)), at(now, -2))
		status = 'closed'
		const myRoutes = rows.routes.filter((route) => route.requestId === requestId)
		let rated = 0
		for (const route of myRoutes) {
			// Closing withdraws what still waits.
			if (route.status === 'routed' || route.status === 'question' || route.status === 'interested')
				route.status = 'withdrawn'
			// The requester rates the providers who answered: the introduced one well, the others as they found them.
			if (route.firstRespondedAt && (route.status === 'introduced' || draw.chance(0.6))) {
				route.feedbackRating = route.status === 'introduced' ? draw.int(4, 5) : draw.int(2, 4)
				if (draw.chance(0.5)) route.feedbackComment = draw.pick(feedbackComments)[locale]
				rated++
			}
			route.updatedAt = closedAt
		}
		audit('request.closed', 'request', requestId, closedAt, { outcome, feedback: rated })
	}

	const neededBy = draw.chance(0.7) ? new Date(submittedAt.getTime() + draw.int(60, 240) * DAY) : null
	rows.requests.push({
		id: requestId,
		ref: `req-${draw.hex(8)}`,
		organizationId: requester.id,
		createdById: null,
		title: need.title[locale],
		teaser: need.teaser[locale],
		description: need.description[locale],
		contentLocale: locale,
		services: need.services,
		modalities: need.modalities,
		phase: need.phase ?? null,
		neededBy: neededBy ? new Date(`${neededBy.toISOString().slice(0, 10)}T00:00:00Z`) : null,
		requiredGrades: need.requiredGrades,
		requiredLicences: need.requiredLicences,
		confidentiality: 'hub_only',
		status,
		outcome,
		outcomeNote: outcome ? outcomeNotes[outcome][locale] : null,
		createdAt,
		submittedAt,
		closedAt,
		updatedAt: closedAt ?? lastEvent,
	})
}

/**
 * Writes the year of demo requests in one transaction; does nothing when the
 * database already has requests other than the demo's first two (it runs
 * once, right after them, on a freshly seeded database). Returns how many it wrote.
 */
export async function seedDemoFunnel(options: { now?: Date; log?: (line: string) => void } = {}): Promise<number> {
	const now = options.now ?? new Date()
	const draw = new Draw(DEMO_FUNNEL_SEED)
	const db = prisma()
	if ((await db.matchRequest.count()) > 2) return 0
	const coordinator = await db.user.findFirst({ where: { platformRole: 'coordinator' }, select: { id: true } })
	// The demo accounts' own organisations keep their inboxes and request lists as the journeys expect them.
	const demoOrganizationRefs = new Set(demoUsers.flatMap((user) => user.memberships.map((m) => m.organizationRef)))
	const listings = await db.listing.findMany({
		where: { status: 'published' },
		select: { id: true, ref: true, type: true, organizationId: true, kind: true },
		orderBy: { ref: 'asc' },
	})
	const demoOrganizationIds = new Set(
		listings.filter((listing) => demoOrganizationRefs.has(listing.ref)).map((listing) => listing.id),
	)
	const requesters: Requester[] = listings
		.filter(
			(listing) =>
				listing.type === 'organization' &&
				!demoOrganizationIds.has(listing.id) &&
				['company', 'academic', 'hospital', 'cdmo'].includes(listing.kind ?? ''),
		)
		.map((organization) => ({
			id: organization.id,
			own: new Set([
				organization.id,
				...listings.filter((listing) => listing.organizationId === organization.id).map((listing) => listing.id),
			]),
		}))
	if (!requesters.length) return 0
	const byRef = new Map(listings.map((listing) => [listing.ref, listing]))

	// The ranking's answer for each need, once: the requests of one need differ only in who asks.
	const rankedByNeed = new Map<DemoNeed, RankedProvider[]>()
	for (const [index, need] of needs.entries()) {
		const ranked = await suggestProviders(
			{
				ref: `demo-need-${index}`,
				title: need.title.en,
				description: need.description.en,
				services: need.services,
				modalities: need.modalities,
				...(need.phase ? { phase: need.phase } : {}),
				requiredGrades: need.requiredGrades,
				requiredLicences: need.requiredLicences,
			},
			{ viewer: null, limit: 30 },
		)
		rankedByNeed.set(
			need,
			ranked.flatMap((suggestion) => {
				const listing = byRef.get(suggestion.ref)
				if (!listing || listing.type === 'expert') return []
				const organizationId = listing.type === 'organization' ? listing.id : listing.organizationId
				// Routes go to providers outside the demo accounts' organisations, so no demo inbox fills up.
				const unreachable = demoOrganizationIds.has(organizationId ?? '') || !organizationId
				return [{ ...suggestion, listingId: listing.id, organizationId, unreachable }]
			}),
		)
	}

	const rows: Rows = { requests: [], candidates: [], routes: [], responses: [], audit: [] }
	const journeys = draw.shuffle(
		demoJourneys.flatMap((journey) => Array<DemoJourney>(journeyCounts[journey]).fill(journey)),
	)
	for (const journey of journeys) {
		const need = draw.pick(needs)
		journeyRows(journey, {
			draw,
			now,
			coordinatorId: coordinator?.id ?? null,
			requester: draw.pick(requesters),
			need,
			ranked: rankedByNeed.get(need)!,
			rows,
		})
	}

	await db.$transaction(
		async (tx) => {
			await tx.matchRequest.createMany({ data: rows.requests })
			await tx.matchCandidate.createMany({ data: rows.candidates })
			await tx.matchRoute.createMany({ data: rows.routes })
			await tx.matchResponse.createMany({ data: rows.responses })
			await tx.auditEntry.createMany({ data: rows.audit })
		},
		{ maxWait: 10_000, timeout: 60_000 },
	)
	options.log?.(`Demo matchmaking history written: ${rows.requests.length} requests over the last twelve months.`)
	return rows.requests.length
}
