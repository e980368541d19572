import { afterEach, describe, expect, it } from 'vitest'
import { loader as rootLoader } from '../../app/root.tsx'
import { action as forgotPasswordAction } from '../../app/routes/forgot-password.tsx'
import { resetEnvCache } from '../../app/utils/env.server.ts'
import { publicBaseUrl } from '../../app/utils/public-url.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { makeUser, queuedMailTo } from '../accounts/factories.ts'

// Links that leave the portal (mail, API answers, hreflang) start from the
// configured address only. A request that names another host, directly or
// through forwarded headers, must not be able to point a real user's
// password-reset link at the attacker.

withTestDatabase()
const saved = { PUBLIC_URL: process.env.PUBLIC_URL, HOST: process.env.HOST, PORT: process.env.PORT }

afterEach(() => {
	for (const [name, value] of Object.entries(saved)) {
		if (value === undefined) delete process.env[name]
		else process.env[name] = value
	}
	resetEnvCache()
})

function configure(settings: Record<string, string | undefined>) {
	for (const [name, value] of Object.entries(settings)) {
		if (value === undefined) delete process.env[name]
		else process.env[name] = value
	}
	resetEnvCache()
}

const hostileHeaders = {
	Host: 'evil.example',
	'X-Forwarded-Host': 'evil.example',
	'X-Forwarded-Proto': 'https',
	Forwarded: 'host=evil.example;proto=https',
}

function forgotPassword(email: string) {
	const body = new URLSearchParams({ email })
	const request = new Request('http://evil.example/forgot-password', {
		method: 'POST',
		body,
		headers: { ...hostileHeaders, 'Content-Type': 'application/x-www-form-urlencoded' },
	})
	return forgotPasswordAction({ request, params: {}, context: { clientIp: '203.0.113.7' } })
}

/** The reset mail a new user gets after asking through the forged Host. */
async function resetMailToNewUser() {
	const user = await makeUser()
	await forgotPassword(user.email)
	const [mail] = await queuedMailTo(user.email)
	return mail
}

describe('one base URL, from configuration only', () => {
	it('a reset requested through a forged Host still links to PUBLIC_URL', async () => {
		configure({ PUBLIC_URL: 'https://hub.example.org/' })
		const mail = await resetMailToNewUser()
		expect(mail?.text).toContain('https://hub.example.org/reset-password?token=')
		expect(mail?.text).not.toContain('evil.example')
	})

	it('without PUBLIC_URL, outside production, links go to where the portal listens', async () => {
		configure({ PUBLIC_URL: undefined, HOST: '0.0.0.0', PORT: '4123' })
		expect(publicBaseUrl()).toBe('http://localhost:4123')
		const mail = await resetMailToNewUser()
		expect(mail?.text).toContain('http://localhost:4123/reset-password?token=')
		expect(mail?.text).not.toContain('evil.example')
	})

	it('hreflang alternates use the configured origin, not the Host header', async () => {
		configure({ PUBLIC_URL: 'https://hub.example.org' })
		const request = new Request('http://evil.example/labs', { headers: hostileHeaders })
		const result = (await rootLoader({ request, params: {}, context: {} })) as unknown as { data: { origin: string } }
		expect(result.data.origin).toBe('https://hub.example.org')
	})
})
