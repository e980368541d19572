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
})
