import { describe, expect, it } from 'vitest'
import { RuleError } from '../../app/domain/rules.ts'
import { createUser } from '../../app/domain/accounts/create-user.server.ts'
import { setUserDisabled } from '../../app/domain/accounts/set-user-disabled.server.ts'
import { setUserRole } from '../../app/domain/accounts/set-user-role.server.ts'
import { logIn } from '../../app/domain/auth/log-in.server.ts'
import { resolveSession, startSession } from '../../app/domain/auth/session.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()

describe('operator commands', () => {
	it('createUser makes a verified account that can sign in', async () => {
		const created = await createUser({
			email: ' Ops@Example.org ',
			name: 'Olle Ops',
			password: 'operator made this one',
			role: 'coordinator',
		})
		expect(created.email).toBe('ops@example.org')
		const user = await prisma().user.findUniqueOrThrow({ where: { id: created.id } })
		expect(user).toMatchObject({ name: 'Olle Ops', platformRole: 'coordinator' })
		expect(user.emailVerifiedAt).toBeInstanceOf(Date)
		expect(
			(await logIn({ email: 'ops@example.org', password: 'operator made this one' }, { ip: '192.0.2.1' })).kind,
		).toBe('signed-in')
	})

	it('createUser refuses a duplicate address and a weak password, with reasons a person can read', async () => {
		await createUser({ email: 'twice@example.org', name: 'Twice', password: 'the first one is fine' })
		await expect(
			createUser({ email: 'TWICE@example.org', name: 'Twice', password: 'the first one is fine' }),
		).rejects.toThrow('A user with the e-mail address twice@example.org already exists.')
		const weak = createUser({ email: 'weak@example.org', name: 'Weak', password: 'Password1234' })
		await expect(weak).rejects.toBeInstanceOf(RuleError)
		await expect(weak).rejects.toThrow('password: the password is one of the most common passwords; choose another')
		await expect(createUser({ email: 'short@example.org', name: 'Short', password: 'short' })).rejects.toThrow(
			'shorter than 12 characters',
		)
		expect(await prisma().user.count({ where: { email: { in: ['weak@example.org', 'short@example.org'] } } })).toBe(0)
	})

	it('setUserRole changes the role and says clearly when nobody has the address', async () => {
		await createUser({ email: 'promote@example.org', name: 'Promote Me', password: 'a perfectly fine passphrase' })
		expect(await setUserRole({ email: 'promote@example.org', role: 'platform_admin' })).toEqual({
			email: 'promote@example.org',
			from: 'user',
			to: 'platform_admin',
		})
		expect((await prisma().user.findUniqueOrThrow({ where: { email: 'promote@example.org' } })).platformRole).toBe(
			'platform_admin',
		)
		await expect(setUserRole({ email: 'ghost@example.org', role: 'coordinator' })).rejects.toThrow(
			'No user has the e-mail address ghost@example.org.',
		)
		await expect(setUserRole({ email: 'promote@example.org', role: 'king' as 'user' })).rejects.toBeInstanceOf(
			RuleError,
		)
	})

	it('disabling an account ends every session at once', async () => {
		const { id } = await createUser({
			email: 'leaving@example.org',
			name: 'Leaving',
			password: 'goodbye and thank you',
		})
		const session = await startSession(id)
		await setUserDisabled({ email: 'leaving@example.org', disabled: true })
		expect(await prisma().session.count({ where: { userId: id } })).toBe(0)
		expect(await resolveSession(session.token)).toBeNull()
		expect(
			(await logIn({ email: 'leaving@example.org', password: 'goodbye and thank you' }, { ip: '192.0.2.2' })).kind,
		).toBe('invalid-credentials')
		await setUserDisabled({ email: 'leaving@example.org', disabled: false })
		expect(
			(await logIn({ email: 'leaving@example.org', password: 'goodbye and thank you' }, { ip: '192.0.2.2' })).kind,
		).toBe('signed-in')
	})
})
