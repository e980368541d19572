import { describe, expect, it } from 'vitest'
import { changePassword } from '../../app/domain/accounts/change-password.server.ts'
import { requestEmailChange } from '../../app/domain/accounts/request-email-change.server.ts'
import { requestPasswordReset } from '../../app/domain/accounts/request-password-reset.server.ts'
import { resetPassword } from '../../app/domain/accounts/reset-password.server.ts'
import { confirmEmailLink } from '../../app/domain/accounts/verify-email.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { KNOWN_PASSWORD, lastTokenSentTo, makeUser, queuedMailTo } from './factories.ts'

// Someone who gets hold of an account changes its password or its address.
// The owner must hear of it at once, at an address they still read, and
// know what to do.

withTestDatabase()

const baseUrl = 'https://hub.example'

describe('change notices', () => {
	it('a changed password is reported to the owner, with what to do if it was not them', async () => {
		const user = await makeUser()
		expect(
			await changePassword(
				user.id,
				{ currentPassword: KNOWN_PASSWORD, newPassword: 'a fresh passphrase here' },
				{ baseUrl },
			),
		).toEqual({ kind: 'changed' })
		const [notice, ...more] = await queuedMailTo(user.email)
		expect(more).toEqual([])
		expect(notice!.subject).toBe('Your password has been changed')
		expect(notice!.text).toContain('has just been changed')
		expect(notice!.text).toContain('Was this not you?')
		expect(notice!.text).toContain(`${baseUrl}/forgot-password`)
		// The notice names no secret: neither password appears.
		expect(notice!.text).not.toContain('a fresh passphrase here')
		expect(notice!.text).not.toContain(KNOWN_PASSWORD)
	})

	it('a wrong current password changes nothing and tells nobody', async () => {
		const user = await makeUser()
		expect(
			await changePassword(user.id, { currentPassword: 'not the password', newPassword: 'another passphrase' }),
		).toEqual({ kind: 'wrong-password' })
		expect(await queuedMailTo(user.email)).toEqual([])
	})

	it('a password reset is reported too, in the owner’s language', async () => {
		const user = await makeUser({ locale: 'sv' })
		await requestPasswordReset({ email: user.email }, { ip: '192.0.2.1', baseUrl })
		const token = await lastTokenSentTo(user.email, '/reset-password?token=')
		expect(await resetPassword({ token, password: 'ett nytt långt lösenord' }, { ip: '192.0.2.1', baseUrl })).toEqual({
			kind: 'reset',
		})
		const mails = await queuedMailTo(user.email)
		expect(mails.map((mail) => mail.subject)).toEqual(['Återställ ditt lösenord', 'Ditt lösenord har ändrats'])
		expect(mails[1]!.text).toContain('återställts')
		expect(mails[1]!.text).toContain('Var det inte du?')
		expect(mails[1]!.text).toContain(`${baseUrl}/forgot-password`)
	})

	it('a changed address is reported to the OLD address; the new one gets only its confirmation', async () => {
		const user = await makeUser({ email: 'before@example.org', name: 'Ada Owner' })
		await requestEmailChange(user.id, { newEmail: 'after@example.org', currentPassword: KNOWN_PASSWORD }, { baseUrl })
		// Asking is not changing: the old address hears nothing yet.
		expect(await queuedMailTo('before@example.org')).toEqual([])
		const token = await lastTokenSentTo('after@example.org', '/verify-email?token=')
		expect(await confirmEmailLink(token, { baseUrl })).toEqual({ kind: 'email-changed' })

		const [notice, ...more] = await queuedMailTo('before@example.org')
		expect(more).toEqual([])
		expect(notice!.subject).toBe('Your e-mail address has been changed')
		expect(notice!.text).toContain('Hello Ada Owner')
		expect(notice!.text).toContain('after@example.org')
		expect(notice!.text).toContain('Was this not you?')
		expect((await queuedMailTo('after@example.org')).map((mail) => mail.subject)).toEqual([
			'Confirm your new e-mail address',
		])
	})

	it('a used link changes nothing and sends nothing more', async () => {
		const user = await makeUser({ email: 'twice-before@example.org' })
		await requestEmailChange(
			user.id,
			{ newEmail: 'twice-after@example.org', currentPassword: KNOWN_PASSWORD },
			{ baseUrl },
		)
		const token = await lastTokenSentTo('twice-after@example.org', '/verify-email?token=')
		await confirmEmailLink(token, { baseUrl })
		expect(await confirmEmailLink(token, { baseUrl })).toEqual({ kind: 'invalid-link' })
		expect(await queuedMailTo('twice-before@example.org')).toHaveLength(1)
	})
})
