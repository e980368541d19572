import { describe, expect, it } from 'vitest'
import { EnvError, parseEnv } from './env.server.ts'

describe('environment schema', () => {
	it('gives the documented defaults for an empty environment', () => {
		const env = parseEnv({})
		expect(env.PORT).toBe(3000)
		expect(env.HOST).toBe('localhost')
		expect(env.HUB_DATA_DIR).toBe('.data')
		expect(env.DATABASE_URL).toBeUndefined()
		expect(env.MEILI_HOST).toBeUndefined()
	})

	it('treats empty strings as unset', () => {
		expect(parseEnv({ DATABASE_URL: '', MEILI_HOST: '' }).DATABASE_URL).toBeUndefined()
	})

	it('lists every malformed variable at once, by name', () => {
		try {
			parseEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', MEILI_HOST: 'not a url' })
			expect.unreachable('parseEnv accepted malformed values')
		} catch (error) {
			expect(error).toBeInstanceOf(EnvError)
			const message = (error as EnvError).message
			expect(message).toMatch(/PORT/)
			expect(message).toMatch(/DATABASE_URL: must be a postgres/)
			expect(message).toMatch(/MEILI_HOST/)
			expect((error as EnvError).problems).toHaveLength(3)
		}
	})

	it('runs as the demo when NODE_ENV is not set, with demo data and no required address', () => {
		const env = parseEnv({})
		expect(env.HUB_MODE).toBe('demo')
		expect(env.HUB_SEED_DEMO).toBe(true)
		expect(env.PUBLIC_URL).toBeUndefined()
	})

	it('refuses production without PUBLIC_URL, naming it', () => {
		expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/PUBLIC_URL: required in production/)
		expect(() => parseEnv({ HUB_MODE: 'production', NODE_ENV: 'production' })).toThrow(EnvError)
	})

	it('seeds no demo accounts in production unless HUB_SEED_DEMO=true is set by name', () => {
		const production = { NODE_ENV: 'production', PUBLIC_URL: 'https://hub.example.org' }
		expect(parseEnv(production).HUB_SEED_DEMO).toBe(false)
		expect(parseEnv({ ...production, HUB_SEED_DEMO: 'true' }).HUB_SEED_DEMO).toBe(true)
		expect(parseEnv({ HUB_SEED_DEMO: 'false' }).HUB_SEED_DEMO).toBe(false)
	})

	it('keeps the demo a demo when npm start has switched NODE_ENV to production', () => {
		expect(parseEnv({ HUB_MODE: 'demo', NODE_ENV: 'production' }).HUB_MODE).toBe('demo')
	})

	it('trusts no proxy unless told how many stand in front, or which', () => {
		expect(parseEnv({}).TRUST_PROXY).toBe(false)
		expect(parseEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1)
		expect(parseEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toEqual(['loopback', '10.0.0.0/8'])
		expect(() => parseEnv({ TRUST_PROXY: 'true' })).toThrow(/how many proxies/)
		expect(() => parseEnv({ TRUST_PROXY: 'evil.example' })).toThrow(/not an address/)
	})

	it('accepts only http(s) public addresses', () => {
		expect(() => parseEnv({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/)
		expect(parseEnv({ PUBLIC_URL: 'https://hub.example.org' }).PUBLIC_URL).toBe('https://hub.example.org')
	})
})
