import { describe, expect, it } from 'vitest'
import { hashPassword, needsRehash, verifyPassword } from './password.server.ts'

describe('password hashing', () => {
	it('verifies the right password and rejects a wrong one', async () => {
		const stored = await hashPassword('correct horse battery staple')
		expect(await verifyPassword('correct horse battery staple', stored)).toBe(true)
		expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false)
		expect(await verifyPassword('', stored)).toBe(false)
	})

	it('stores a self-describing string at the OWASP cost with a fresh salt each time', async () => {
		const [first, second] = await Promise.all([hashPassword('same password'), hashPassword('same password')])
		expect(first).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{86}==$/)
		expect(first).not.toBe(second)
		expect(first.split('$')[4]).not.toBe(second.split('$')[4])
		expect(await verifyPassword('same password', second)).toBe(true)
		expect(needsRehash(first)).toBe(false)
	})

	it('treats text that differs only in Unicode form as the same password', async () => {
		const stored = await hashPassword('Kästa\u0301')
		expect(await verifyPassword('Ka\u0308sta\u0301', stored)).toBe(true)
	})

	it('verifies hashes written with other parameters, and asks for a rehash', async () => {
		// A cheaper hash as an older release might have stored it.
		const { scryptSync } = await import('node:crypto')
		const salt = Buffer.from('0123456789abcdef')
		const key = scryptSync('old password', salt, 32, { N: 1024, r: 8, p: 1 })
		const stored = `scrypt$1024$8$1$${salt.toString('base64')}$${key.toString('base64')}`
		expect(await verifyPassword('old password', stored)).toBe(true)
		expect(await verifyPassword('other password', stored)).toBe(false)
		expect(needsRehash(stored)).toBe(true)
	})

	// Stored values it did not write, including costs that would exhaust the server.
	it.each([
		'',
		'plaintext',
		'bcrypt$2b$10$abc',
		'scrypt$131072$8$1$c2FsdA==',
		'scrypt$1000$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5',
		`scrypt$${2 ** 24}$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5`,
		'scrypt$1024$0$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5',
	])('says no to the stored value %j', async (stored) => {
		expect(await verifyPassword('anything', stored)).toBe(false)
		expect(needsRehash(stored)).toBe(true)
	})
})
