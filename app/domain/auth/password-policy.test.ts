import { describe, expect, it } from 'vitest'
import { commonPasswordList, isCommonPassword } from './common-passwords.ts'
import { newPasswordSchema } from './password-policy.ts'

const problemOf = (password: string) => newPasswordSchema.safeParse(password).error?.issues[0]?.message

describe('password policy', () => {
	it('accepts 12 to 128 characters of anything, with no composition rules', () => {
		expect(problemOf('correct horse battery')).toBeUndefined()
		expect(problemOf('alllowercaseletters')).toBeUndefined()
		expect(problemOf('x'.repeat(11) + 'y')).toBeUndefined()
		expect(problemOf('kaffe på maskinen 🫖')).toBeUndefined()
		expect(problemOf('a'.repeat(10) + 'bc'.repeat(59))).toBeUndefined()
	})

	it('counts characters, not UTF-16 units, at both ends', () => {
		expect(problemOf('🫖🫖🫖🫖🫖🫖🫖🫖🫖🫖🫖')).toBe('accountForm.passwordTooShort')
		expect(problemOf('ab' + '🫖'.repeat(126))).toBeUndefined()
		expect(problemOf('ab' + '🫖'.repeat(127))).toBe('accountForm.passwordTooLong')
	})

	it('refuses too short, too long and missing', () => {
		expect(problemOf('short pass1')).toBe('accountForm.passwordTooShort')
		expect(problemOf('x'.repeat(129))).toBe('accountForm.passwordTooLong')
		expect(newPasswordSchema.safeParse(undefined).error?.issues[0]?.message).toBe('accountForm.passwordRequired')
	})

	it('refuses the well-known long passwords, whatever their case', () => {
		for (const password of [
			'password1234',
			'123456789012',
			'qwertyuiopas',
			'iloveyou1234',
			'Password1234',
			'QWERTY123456',
			'Lösenord1234',
			'FlemingsBerg2026',
		]) {
			expect(problemOf(password), password).toBe('accountForm.passwordTooCommon')
		}
	})

	it('ships several thousand entries, all long enough to pass the length rule', () => {
		const list = commonPasswordList()
		expect(list.size).toBeGreaterThan(2000)
		expect([...list].every((entry) => [...entry].length >= 12)).toBe(true)
		expect(isCommonPassword('a perfectly fine passphrase')).toBe(false)
	})
})
