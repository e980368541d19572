import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMembership, makeOrganization, makeUser, sessionCookie } from '../accounts/factories.ts'
import { createListing } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { startPortal, type Portal } from '../support/portal-process.ts'
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts'

// Pages that say what is true for the person reading them: a refusal that
// says why and what to do, a review note that promises no public version
// of a listing that was never published, and a sign-up that does not send
// anyone to their inbox when the portal sends no mail.

const db = withTestDatabase()
let portal: Portal
let mailboxPortal: Portal
let sink: SmtpSink
const cookies = { member: '', unverified: '', memberOfNothing: '' }
const listings = { fresh: '', published: '' }

beforeAll(async () => {
	sink = await startSmtpSink({ onMessage: () => {} })
	// The same demo portal with a mail server and without one, where mail stays in the development mailbox.
	portal = await startPortal({
		databaseUrl: db.url,
		env: { HUB_MODE: 'demo', SMTP_URL: `smtp://127.0.0.1:${sink.port}` },
	})
	mailboxPortal = await startPortal({ databaseUrl: db.url, env: { HUB_MODE: 'demo' } })
	const organization = await makeOrganization()
	const member = await makeUser()
	await addMembership(member.id, organization.id)
	cookies.member = await sessionCookie(member.id)
	cookies.unverified = await sessionCookie((await makeUser({ verified: false })).id)
	cookies.memberOfNothing = await sessionCookie((await makeUser()).id)
	listings.published = (
		await createListing({ type: 'facility', name: 'Suite Published', organizationId: organization.id })
	).id
	listings.fresh = (
		await createListing({
			type: 'facility',
			name: 'Suite Never Published',
			organizationId: organization.id,
			status: 'pending_review',
			publishedAt: null,
		})
	).id
}, 300_000)
afterAll(async () => {
	await portal?.stop()
	await mailboxPortal?.stop()
	await sink?.close()
})

function get(path: string, cookie: string, language = 'en') {
	return fetch(`${portal.url}${path}`, { headers: { Cookie: cookie, 'Accept-Language': language }, redirect: 'manual' })
}

/** The page's text as a reader sees it: tags out, entities and spacing as one. */
async function textOf(response: Response): Promise<string> {
	const html = await response.text()
	const body = html.slice(html.indexOf('<body'))
	return body
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#x27;|&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
}

describe('a page the signed-in person may not open', () => {
	it('is a 403 that says the coordinator area is for coordinators, and what to do instead', async () => {
		const response = await get('/coordinator', cookies.member)
		expect(response.status).toBe(403)
		const text = await textOf(response)
		expect(text).toContain('You don’t have access to this page')
		expect(text).toContain('It is for the hub’s coordinators.')
		expect(text).toContain('Go to your account')
		expect(text).toContain('Ask the hub or your organisation’s administrator')
		expect(text).toContain('Sign out to sign in as someone else')
		expect(text).toContain('Go to the home page')
		expect(text).not.toContain('Something went wrong')
	})

	it('says so in Swedish', async () => {
		const response = await get('/coordinator/reviews', cookies.member, 'sv')
		expect(response.status).toBe(403)
		const text = await textOf(response)
		expect(text).toContain('Du har inte behörighet till den här sidan')
		expect(text).toContain('Den är till för hubbens koordinatorer.')
		expect(text).toContain('Gå till ditt konto')
	})

	it('tells an organisation’s member that the API tokens page is for its administrators', async () => {
		const response = await get('/account/api-tokens', cookies.member)
		expect(response.status).toBe(403)
		expect(await textOf(response)).toContain('It is for the administrators of the organisation it belongs to.')
	})

	it('tells someone without an organisation that open calls are for the hub’s members', async () => {
		const response = await get('/open-calls', cookies.memberOfNothing)
		expect(response.status).toBe(403)
		expect(await textOf(response)).toContain('It is for members of the hub, whose organisation is in the directory')
	})

	it('tells someone without an organisation who asks the hub how to get one, in both languages', async () => {
		const english = await get('/requests/new?from=fac-0001', cookies.memberOfNothing)
		expect(english.status).toBe(403)
		expect(await textOf(english)).toContain(
			'register yours under My listings, or ask your organisation’s administrator to invite you',
		)
		const swedish = await get('/requests/new?from=fac-0001', cookies.memberOfNothing, 'sv')
		expect(swedish.status).toBe(403)
		expect(await textOf(swedish)).toContain('registrera din under Mina poster')
	})

	it('tells someone whose address is not confirmed to confirm it, rather than who the page is for', async () => {
		const response = await get('/coordinator', cookies.unverified)
		expect(response.status).toBe(403)
		const text = await textOf(response)
		expect(text).toContain('First confirm your e-mail address with the link we sent you.')
		expect(text).not.toContain('It is for the hub’s coordinators')
	})
})

describe('the review notes of a listing', () => {
	const stillPublic = 'until then the current version stays public'

	it('after sending a brand-new listing: it becomes public once approved, with no current version promised', async () => {
		const text = await textOf(await get(`/my-listings?submitted=${listings.fresh}`, cookies.member))
		expect(text).toContain('Sent for review')
		expect(text).toContain('it becomes public once it has been approved')
		expect(text).not.toContain(stillPublic)
	})

	it('after sending a change to a published listing: the current version stays public', async () => {
		const text = await textOf(await get(`/my-listings?submitted=${listings.published}`, cookies.member))
		expect(text).toContain(`Sent for review. A hub coordinator will look at it soon; ${stillPublic}.`)
	})

	it('the forms say the same: a new listing and an unpublished one are not public yet, a published one stays', async () => {
		const unpublished = 'Nothing of it is public until it has been approved'
		expect(await textOf(await get('/my-listings/new?type=expert', cookies.member))).toContain(unpublished)
		const fresh = await textOf(await get(`/my-listings/${listings.fresh}/edit`, cookies.member))
		expect(fresh).toContain(unpublished)
		expect(fresh).not.toContain('Until then the current version stays public')
		expect(await textOf(await get(`/my-listings/${listings.published}/edit`, cookies.member))).toContain(
			'Until then the current version stays public',
		)
	})

	it('in Swedish too', async () => {
		const text = await textOf(await get(`/my-listings?submitted=${listings.fresh}`, cookies.member, 'sv'))
		expect(text).toContain('den blir offentlig när den har godkänts')
		expect(text).not.toContain('till dess är den nuvarande versionen kvar')
	})
})

describe('after signing up', () => {
	let n = 0
	function signUp(at: Portal, language = 'en') {
		const body = new URLSearchParams({
			name: 'Astrid Lind',
			email: `astrid-${++n}@example.org`,
			password: 'kaffe och kanelbullar',
		})
		return fetch(`${at.url}/signup`, {
			method: 'POST',
			headers: {
				'Content-Type': 'application/x-www-form-urlencoded',
				Origin: at.url,
				'Accept-Language': language,
			},
			body,
			redirect: 'manual',
		})
	}

	it('with a mail server: check your inbox, and your spam folder', async () => {
		const response = await signUp(portal)
		expect(response.status).toBe(200)
		const text = await textOf(response)
		expect(text).toContain('Check your inbox')
		expect(text).toContain(`We sent a message to astrid-${n}@example.org`)
		expect(text).toContain('Check your spam folder')
		expect(text).not.toContain('development mailbox')
	})

	it('without one: the message is in the development mailbox, not on its way to an inbox', async () => {
		const response = await signUp(mailboxPortal)
		expect(response.status).toBe(200)
		const html = await response.clone().text()
		const text = await textOf(response)
		expect(text).toContain('This portal sends no e-mail')
		expect(text).toContain('development mailbox')
		expect(html).toMatch(/<a[^>]+href="\/admin\/mail"/)
		expect(text).not.toContain('Check your inbox')
		expect(text).not.toContain('spam')
	})

	it('without one, in Swedish', async () => {
		const text = await textOf(await signUp(mailboxPortal, 'sv'))
		expect(text).toContain('Den här portalen skickar ingen e-post')
		expect(text).not.toContain('skräpposten')
	})

	it('asking for a password link without a mail server says where it went too', async () => {
		const response = await fetch(`${mailboxPortal.url}/forgot-password`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: mailboxPortal.url },
			body: new URLSearchParams({ email: 'someone@example.org' }),
		})
		const text = await textOf(response)
		expect(text).toContain('This portal sends no e-mail')
		expect(text).not.toContain('Check your inbox')
	})
})
