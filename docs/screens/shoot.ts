import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Page } from '@playwright/test'

// Takes the screenshots in this folder from a running portal with demo data:
//   npm start   (in another shell), then
//   npx tsx docs/screens/shoot.ts http://127.0.0.1:3000 [name …]   (only the shots whose names start so)
// Each page is shot on a desktop and a 390 px phone, in English and Swedish.
// A screenshot is for a person to look at: keep the list short.

const base = process.argv[2] ?? 'http://127.0.0.1:3000'
const folder = path.dirname(fileURLToPath(import.meta.url))
const accounts = {
	member: { email: 'company-admin@demo.atmp-flemingsberg.example', password: 'demo-company-admin-2026' },
	coordinator: { email: 'coordinator@demo.atmp-flemingsberg.example', password: 'demo-coordinator-2026' },
	office: { email: 'office@demo.atmp-flemingsberg.example', password: 'demo-office-2026' },
}

interface Shot {
	name: string
	as: 'visitor' | keyof typeof accounts
	/** A path, or how to find one from the page it starts on. */
	path: string | ((page: Page) => Promise<string>)
	/** What the phone's screen should show: the page is scrolled to it (the desktop shot is the whole page). */
	scrollTo?: string
}

const firstLink = (from: string, selector: string) => async (page: Page) => {
	await page.goto(`${base}${from}`)
	const href = await page.locator(selector).first().getAttribute('href')
	if (!href) throw new Error(`No link ${selector} on ${from}`)
	return href
}

const shots: Shot[] = [
	{ name: 'facility', as: 'visitor', path: firstLink('/facilities?lang=en', 'main article h2 a, main article h3 a') },
	{ name: 'facilities-list-filtered', as: 'visitor', path: '/facilities?grade=B' },
	{ name: 'labs-list', as: 'visitor', path: '/labs' },
	{ name: 'search-nothing-found', as: 'visitor', path: '/search?q=xylophonequartz' },
	{ name: 'search-finds-hub-pages', as: 'visitor', path: '/search?q=Innovation+Station' },
	{ name: 'organizations-with-pictures', as: 'visitor', path: '/organizations' },
	{ name: 'listing-picture-form', as: 'member', path: firstLink('/my-listings?lang=en', 'main a[href$="/edit"]') },
	{ name: 'member-home', as: 'member', path: '/home' },
	{ name: 'request-from-a-facility', as: 'member', path: '/requests/new?from=fac-0001' },
	{ name: 'no-access', as: 'member', path: '/coordinator' },
	{ name: 'audit-log', as: 'coordinator', path: '/coordinator/audit' },
	// Stale-listing nudges and the badge's evidence (docs/decisions/044).
	{ name: 'stale-listings', as: 'coordinator', path: '/coordinator/stale' },
	// The capacity editor of a facility (docs/decisions/042), as a coordinator reaches it from the facility's page.
	{
		name: 'capacity-editor',
		as: 'coordinator',
		path: firstLink('/listings/ref/fac-0002?lang=en', 'main a[href$="/capacity"]'),
	},
	{ name: 'verified-evidence-member', as: 'member', path: '/listings/ref/lab-0001' },
	{
		name: 'audit-log-filtered',
		as: 'coordinator',
		// A listing's history by one person: both filters named, each removable.
		path: async (page) => {
			const listing = await firstLink(
				'/coordinator/listings?q=Grantorp+Biologics&lang=en',
				'main a[href^="/coordinator/listings/"]',
			)(page)
			const id = listing.split('/').at(-1) ?? ''
			return `/coordinator/audit?entityType=listing&entityId=${id}&person=hub+coordinator`
		},
	},
	{ name: 'audit-log-several-people', as: 'coordinator', path: '/coordinator/audit?person=demo.atmp' },
	{ name: 'coordinator-analytics', as: 'coordinator', path: '/coordinator/analytics' },
	{ name: 'about', as: 'visitor', path: '/about' },
	{ name: 'coordinator-import', as: 'coordinator', path: '/coordinator/import' },
	{ name: 'coordinator-export', as: 'coordinator', path: '/coordinator/export' },
	{
		name: 'coordinator-import-rejected-rows',
		as: 'coordinator',
		// The preview of a file with a bad code, a missing name, an impossible date and a ragged row.
		path: async (page) => {
			await page.goto(`${base}/coordinator/import?lang=en`)
			await page.waitForLoadState('networkidle')
			await page.getByLabel('File (.csv or .json)').setInputFiles({
				name: 'facilities.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from(
					'\uFEFFtype;ref;name;modalities;availableFrom\r\n' +
						'facility;fac-new-1;Suite 4 cleanroom;CAR-T-celler;2027-03-01\r\n' +
						'facility;fac-new-2;Suite 5 cleanroom;car-x;\r\n' +
						'facility;fac-new-3;;;\r\n' +
						'facility;fac-new-4;Suite 6 cleanroom;;2027-02-30\r\n' +
						'facility;fac-new-5\r\n',
				),
			})
			await page.getByRole('button', { name: 'Check the file' }).click()
			await page.waitForURL((url) => url.searchParams.has('upload'))
			return new URL(page.url()).pathname + new URL(page.url()).search
		},
	},
	{
		name: 'coordinator-import-json-offers',
		as: 'coordinator',
		// The preview of an interchange file with a new organisation, an offer and a broken offer (docs/decisions/040).
		path: async (page) => {
			const offer = {
				slug: 'lab-bench-rental',
				kind: 'lab',
				titleEn: 'Lab benches by the month',
				contactName: 'Eva Establish',
				contactEmail: 'eva@example.org',
				status: 'available',
				published: true,
			}
			const file = {
				format: 'atmp-hub-listings',
				version: 1,
				organizations: [{ ref: 'org-new-json', name: 'Nordvektor AB', kind: 'company' }],
				offers: [offer, { ...offer, slug: 'castle-offer', kind: 'castle', contactEmail: 'not an address' }],
			}
			await page.goto(`${base}/coordinator/import?lang=en`)
			await page.waitForLoadState('networkidle')
			await page.getByLabel('File (.csv or .json)').setInputFiles({
				name: 'export.json',
				mimeType: 'application/json',
				buffer: Buffer.from(JSON.stringify(file, null, 2)),
			})
			await page.getByRole('button', { name: 'Check the file' }).click()
			await page.waitForURL((url) => url.searchParams.has('upload'))
			return new URL(page.url()).pathname + new URL(page.url()).search
		},
	},
	{ name: 'privacy', as: 'visitor', path: '/privacy' },
	{ name: 'edit-a-page', as: 'coordinator', path: '/coordinator/pages/contact' },
	{ name: 'news', as: 'visitor', path: '/news' },
	{ name: 'news-item', as: 'visitor', path: firstLink('/news?lang=en', 'main article h2 a') },
	{ name: 'events', as: 'visitor', path: '/events' },
	{ name: 'event', as: 'visitor', path: firstLink('/events?lang=en', 'main article h3 a') },
	{ name: 'coordinator-event-form', as: 'coordinator', path: '/coordinator/events/new' },
	{
		name: 'event-registrations',
		as: 'coordinator',
		// The demo's breakfast seminar takes registrations in the portal and has some.
		path: firstLink(
			'/coordinator/events?lang=en',
			'main a[href^="/coordinator/events/"]:has-text("breakfast seminar")',
		),
		scrollTo: '#registrations-heading',
	},
	{ name: 'signup', as: 'visitor', path: '/signup' },
	{ name: 'establish', as: 'visitor', path: '/establish' },
	{ name: 'establish-offer', as: 'visitor', path: '/establish/coworking-desks-at-the-innovation-station' },
	{ name: 'establish-manage', as: 'coordinator', path: '/establish/manage' },
	{ name: 'campus-map', as: 'visitor', path: '/map' },
	{
		name: 'campus-map-facility',
		as: 'visitor',
		path: firstLink('/map?kind=facility&lang=en', 'svg a[href^="/facilities/"]'),
	},
	{ name: 'enquiry-form', as: 'visitor', path: '/establish/enquire?offer=coworking-desks-at-the-innovation-station' },
	{ name: 'enquiry-contact', as: 'visitor', path: '/contact' },
	{ name: 'enquiry-queue', as: 'office', path: '/establish/enquiries' },
	// Issue 15: the triage list says who can be routed and offers to invite the others; a review names possible duplicates.
	{
		name: 'triage-routable-and-invite',
		as: 'coordinator',
		path: firstLink(
			'/coordinator/requests?lang=en',
			'main a:has-text("GMP manufacturing slot for an autologous CAR-T")',
		),
		scrollTo: '#not-in-portal-heading',
	},
	{
		name: 'review-duplicate-hint',
		as: 'coordinator',
		// Needs a pending listing that looks like a published one, e.g. a new organisation "GRANTORP BIOLOGICS".
		path: firstLink('/coordinator/reviews?lang=en', 'main a:has-text("GRANTORP BIOLOGICS")'),
		scrollTo: '#duplicates-heading',
	},
	{
		name: 'enquiry-thread',
		as: 'office',
		path: firstLink('/establish/enquiries?status=answered&lang=en', 'main li h2 a'),
	},
	// Saved searches (issue 15): the save form under a list's results, and the account's alerts and settings.
	{ name: 'save-search-form', as: 'member', path: '/facilities?q=cleanroom' },
	{ name: 'account-alerts', as: 'member', path: '/account/alerts' },
	// Issue 15: free capacity asked for in the filters (a removable chip), and the coordinators' nav folded on a phone.
	{ name: 'search-free-by', as: 'visitor', path: '/search?availableBy=2027-03-01&grade=B' },
	{ name: 'coordinator-overview', as: 'coordinator', path: '/coordinator' },
	// The digest: on a phone, the settings with the digest's rhythm and a choice per kind.
	{ name: 'account-alerts-settings', as: 'member', path: '/account/alerts', scrollTo: '#notification-settings' },
]

// `npx tsx docs/screens/shoot.ts <url> news events` shoots only the pages whose names start so.
const only = process.argv.slice(3)
const wanted = (shot: Shot) => only.length === 0 || only.some((prefix) => shot.name.startsWith(prefix))

const viewports = [
	{ tag: 'desktop', width: 1280, height: 900 },
	{ tag: 'phone', width: 390, height: 844 },
] as const

async function logIn(page: Page, account: { email: string; password: string }) {
	await page.goto(`${base}/login?lang=en`)
	await page.waitForLoadState('networkidle')
	await page.getByLabel('E-mail').fill(account.email)
	await page.getByLabel('Password').fill(account.password)
	await page.getByRole('button', { name: 'Log in' }).click()
	await page.waitForURL((url) => !url.pathname.startsWith('/login'))
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' })
await mkdir(folder, { recursive: true })
for (const role of ['visitor', 'member', 'coordinator', 'office'] as const) {
	if (!shots.some((shot) => shot.as === role && wanted(shot))) continue
	const context = await browser.newContext({ locale: 'en-GB' })
	const page = await context.newPage()
	if (role !== 'visitor') await logIn(page, accounts[role])
	for (const shot of shots.filter((candidate) => candidate.as === role && wanted(candidate))) {
		const target = typeof shot.path === 'string' ? shot.path : await shot.path(page)
		for (const viewport of viewports) {
			await page.setViewportSize({ width: viewport.width, height: viewport.height })
			for (const lang of ['en', 'sv']) {
				const withoutLang = target.replace(/[?&]lang=[a-z]+/, '')
				await page.goto(`${base}${withoutLang}${withoutLang.includes('?') ? '&' : '?'}lang=${lang}`)
				await page.waitForLoadState('networkidle')
				if (shot.scrollTo && viewport.tag === 'phone')
					await page
						.locator(shot.scrollTo)
						.first()
						.evaluate((element) => element.scrollIntoView())
				const file = path.join(folder, `${shot.name}-${viewport.tag}-${lang}.png`)
				await page.screenshot({ path: file, fullPage: viewport.tag === 'phone' ? false : true })
				console.log(file)
			}
		}
	}
	await context.close()
}
await browser.close()
