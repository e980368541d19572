// The production layout in small: two web processes that only serve
// (HUB_INLINE_WORKER=false) and one worker (`npm run worker`) against one
// database. A reminder that comes due is sent once, with the link built from
// PUBLIC_URL; an edit made through one web process is searchable through the other.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { prisma } from '../../app/utils/db.server.ts'
import { listingsChanged } from '../../app/outbox/topics.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { startPortal, startWorkerProcess, type Portal, type WorkerProcess } from '../support/portal-process.ts'
import { requestFields, requesterAndProvider, submittedAndRouted } from '../support/requests.ts'
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts'
import { sessionCookie } from '../accounts/factories.ts'

const db = withTestDatabase()
const webs: Portal[] = []
let worker: WorkerProcess | undefined
let sink: SmtpSink | undefined
const received: string[] = []
let routeId = ''
let labId = ''
let coordinatorCookie = ''
const PUBLIC_URL = 'http://hub.example.test'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
	const { requester, provider } = await requesterAndProvider({
		requester: 'Beställarbolaget AB',
		provider: 'Leverantören AB',
	})
	labId = (await createListing({ type: 'lab', name: 'Quokka Vector Lab', organizationId: provider.id })).id
	await listingsChanged(prisma(), [requester.id, provider.id, labId])
	const member = await createUser({ memberships: [{ organizationId: requester.id }] })
	await createUser({ memberships: [{ organizationId: provider.id }] })
	const coordinator = await createUser({ platformRole: 'coordinator' })
	coordinatorCookie = await sessionCookie(coordinator.userId)
	const routed = await submittedAndRouted({
		member,
		coordinator,
		fields: requestFields(requester.id, {
			title: 'Lentiviral vector for a phase I trial',
			teaser: 'GMP lentiviral vector for an early clinical trial.',
			description: 'About 20 litres of GMP-grade lentiviral vector.',
			modalities: ['lentiviral'],
			neededBy: '2030-09-30',
		}),
		providerIds: [provider.id],
		baseUrl: PUBLIC_URL,
	})
	routeId = routed.routeIds[0]!

	// Due before any process starts: the worker's start-up check finds it.
	await prisma().matchRoute.update({ where: { id: routeId }, data: { remindAt: new Date(Date.now() - 60_000) } })

	const web = { HUB_INLINE_WORKER: 'false' }
	webs.push(
		...(await Promise.all([
			startPortal({ databaseUrl: db.url, env: web }),
			startPortal({ databaseUrl: db.url, env: web }),
		])),
	)
	sink = await startSmtpSink({ onMessage: ({ raw }) => void received.push(raw.toString('utf8')) })
	worker = await startWorkerProcess({
		databaseUrl: db.url,
		env: { PUBLIC_URL, SMTP_URL: `smtp://127.0.0.1:${sink.port}` },
	})
}, 240_000)

afterAll(async () => {
	await Promise.all([...webs.map((web) => web.stop()), worker?.stop()])
	await sink?.close()
})

async function total(web: Portal, q: string) {
	const response = await fetch(`${web.url}/api/v1/listings?q=${encodeURIComponent(q)}`)
	return ((await response.json()) as { total: number }).total
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000) {
	const deadline = Date.now() + timeoutMs
	while (!(await check())) {
		if (Date.now() > deadline) return false
		await sleep(100)
	}
	return true
}

it('an edit made through one web process is searchable through the other', async () => {
	const [first, second] = webs as [Portal, Portal]
	expect(await eventually(async () => (await total(second, 'quokka')) === 1)).toBe(true)

	const archived = await fetch(`${first.url}/coordinator/listings/${labId}`, {
		method: 'POST',
		headers: { Cookie: coordinatorCookie, Origin: first.url, 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ intent: 'archive', confirm: 'yes' }),
		redirect: 'manual',
	})
	expect(archived.status).toBeLessThan(400)
	expect((await prisma().listing.findUniqueOrThrow({ where: { id: labId } })).status).toBe('archived')
	expect(await eventually(async () => (await total(second, 'quokka')) === 0)).toBe(true)
}, 60_000)

it('a due reminder is sent once, by the worker, linking to PUBLIC_URL', async () => {
	expect(
		await eventually(
			async () => (await prisma().matchRoute.findUniqueOrThrow({ where: { id: routeId } })).reminderSentAt !== null,
		),
	).toBe(true)
	// Whatever else runs meanwhile (the web processes, the worker's next ticks) sends nothing more.
	await sleep(2000)
	const audits = await prisma().auditEntry.count({ where: { action: 'route.reminded', entityId: routeId } })
	expect(audits).toBe(1)
	expect(await prisma().notification.count({ where: { kind: 'route.reminder' } })).toBe(1)
	// The mail as it went out over SMTP: one reminder, its link on the configured address.
	const reminders = received.filter((raw) => /^Subject: Reminder:/m.test(raw))
	expect(reminders).toHaveLength(1)
	expect(reminders[0]!.replace(/=\r?\n/g, '')).toContain(`${PUBLIC_URL}/inbox/${routeId}`)
}, 90_000)
