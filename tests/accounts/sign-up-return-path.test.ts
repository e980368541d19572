// A visitor who signs up on the way to a page (an "Ask the hub" form) is
// brought back to it: the confirmation link carries the page, and the verify
// page's next step leads there. Only a path of this site ever travels.
import { describe, expect, it } from 'vitest'
import { signUp } from '../../app/domain/accounts/sign-up.server.ts'
import * as verifyPage from '../../app/routes/verify-email.tsx'
import { call, requestAs } from '../authorization/route-calls.ts'
import { withTestDatabase } from '../setup/database.ts'
import { lastTokenSentTo, queuedMailTo } from './factories.ts'

withTestDatabase()

let ip = 20
const context = () => ({ ip: `198.51.100.${++ip}`, locale: 'en' as const, baseUrl: 'https://hub.example' })
const askPath = '/requests/new?from=fac-0042'

async function signUpOnTheWayTo(email: string, redirectTo: string | undefined) {
	await signUp({ name: 'Vera Visitor', email, password: 'a long walk to the hub', redirectTo }, context())
	const [mail] = await queuedMailTo(email)
	return mail!.text
}

describe('the confirmation link of a sign-up on the way to a page', () => {
	it('carries the page, and the verify page offers it as the next step', async () => {
		const text = await signUpOnTheWayTo('vera@example.org', askPath)
		const token = await lastTokenSentTo('vera@example.org', '/verify-email?token=')
		expect(text).toContain(`https://hub.example/verify-email?token=${token}&next=${encodeURIComponent(askPath)}`)

		const link = /https:\/\/hub\.example(\/verify-email\?\S+)/.exec(text)![1]!
		const page = await call(verifyPage.loader, requestAs(undefined, link))
		expect(page.body).toMatchObject({ next: askPath, link: { kind: 'verify_email' } })
	})

	it('carries nothing without a page, as before', async () => {
		const text = await signUpOnTheWayTo('plain@example.org', undefined)
		expect(text).toMatch(/verify-email\?token=[A-Za-z0-9_-]+\n/)
	})

	it('drops an address of another site', async () => {
		for (const [n, unsafe] of ['//evil.example', 'https://evil.example/requests/new', '/\\evil.example'].entries()) {
			const text = await signUpOnTheWayTo(`unsafe${n}@example.org`, unsafe)
			expect(text).not.toContain('next=')
			expect(text).not.toContain('evil')
		}
	})

	it('keeps a page that is itself a one-time link out of the mail', async () => {
		const text = await signUpOnTheWayTo('invited@example.org', '/invitations/secret-invitation-token')
		expect(text).not.toContain('secret-invitation-token')
	})

	it('offers no other site when someone edits the link', async () => {
		const page = await call(
			verifyPage.loader,
			requestAs(undefined, `/verify-email?token=nothing&next=${encodeURIComponent('//evil.example')}`),
		)
		expect(page.body).toMatchObject({ next: '' })
	})
})
