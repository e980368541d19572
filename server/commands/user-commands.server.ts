import { createInterface } from 'node:readline/promises'
import { Writable } from 'node:stream'
import { PlatformRole } from '../../app/generated/prisma/enums.ts'
import { command, UsageError } from './command.ts'

// Operator commands for accounts: `npm run hub -- user <create|role|office|disable> …`.

const roles = Object.values(PlatformRole)
type Role = PlatformRole

function roleOf(value: string | undefined, fallback?: Role): Role {
	const role = value ?? fallback
	if (!role || !(roles as readonly string[]).includes(role)) {
		throw new UsageError(`--role must be one of ${roles.join(', ')}${value ? ` (got "${value}")` : ''}`)
	}
	return role as Role
}

/** Reads a password from the terminal without echoing it. */
async function promptPassword(question: string): Promise<string> {
	if (!process.stdin.isTTY) throw new UsageError('No terminal to ask for a password: pass --password <password>.')
	let muted = false
	const output = new Writable({
		write(chunk, _encoding, done) {
			if (!muted) process.stdout.write(chunk)
			done()
		},
	})
	const readline = createInterface({ input: process.stdin, output, terminal: true })
	const pending = readline.question(question)
	muted = true
	const answer = await pending
	readline.close()
	process.stdout.write('\n')
	return answer
}

/** Account rules refused the change (unknown address, weak password…): the operator's mistake, said plainly. */
async function asUsageError<T>(work: () => Promise<T>): Promise<T> {
	const { RuleError } = await import('../../app/domain/rules.ts')
	try {
		return await work()
	} catch (error) {
		// The refusal's message is the catalogue's English report text.
		if (error instanceof RuleError) throw new UsageError(error.message)
		throw error
	}
}

const email = { type: 'string', valueName: 'e-mail', description: 'the account’s address (required)' } as const
const roleOption = {
	type: 'string',
	valueName: roles.join('|'),
	description: 'what the account may do on the whole platform',
} as const

function requireEmail(value: string | undefined, action: string): string {
	if (!value) throw new UsageError(`user ${action} needs --email <e-mail>`)
	return value
}

export const userCommands = [
	command({
		name: 'user create',
		summary: 'create an account whose address counts as verified (asks for the password when not given)',
		options: {
			email,
			name: { type: 'string', valueName: 'name', description: 'full name (required)' },
			role: { ...roleOption, description: 'platform role (default user)' },
			password: {
				type: 'string',
				valueName: 'password',
				description: '12 characters or more; asked for when left out',
			},
		},
		examples: ['npm run hub -- user create --email anna@example.org --name "Anna Berg" --role coordinator'],
		async run({ options, database, log }) {
			const address = requireEmail(options.email, 'create')
			const name = options.name
			if (!name) throw new UsageError('user create needs --name "<full name>"')
			const role = roleOf(options.role, 'user')
			const password = options.password ?? (await promptPassword('Password (12 characters or more): '))
			await database()
			const { createUser } = await import('../../app/domain/accounts/create-user.server.ts')
			const user = await asUsageError(() => createUser({ email: address, name, password, role }))
			log(`Created ${user.email} (${role}); the address counts as verified.`)
		},
	}),
	command({
		name: 'user role',
		summary: 'change an account’s platform role',
		options: { email, role: { ...roleOption, description: 'the new role (required)' } },
		async run({ options, database, log }) {
			const address = requireEmail(options.email, 'role')
			const role = roleOf(options.role)
			await database()
			const { setUserRole } = await import('../../app/domain/accounts/set-user-role.server.ts')
			const result = await asUsageError(() => setUserRole({ email: address, role }))
			log(`${result.email}: ${result.from} → ${result.to}`)
		},
	}),
	command({
		name: 'user disable',
		summary: 'disable an account and end every session (or enable it again)',
		options: { email, enable: { type: 'boolean', description: 'enable the account again' } },
		async run({ options, database, log }) {
			const address = requireEmail(options.email, 'disable')
			await database()
			const { setUserDisabled } = await import('../../app/domain/accounts/set-user-disabled.server.ts')
			const result = await asUsageError(() => setUserDisabled({ email: address, disabled: !options.enable }))
			log(`${result.email}: ${result.disabled ? 'disabled, every session ended' : 'enabled'}`)
		},
	}),
	command({
		name: 'user office',
		summary: 'let an account work for the establishment office (--revoke ends it)',
		options: { email, revoke: { type: 'boolean', description: 'end the account’s work for the office' } },
		examples: ['npm run hub -- user office --email office@example.org'],
		async run({ options, database, log }) {
			const address = requireEmail(options.email, 'office')
			await database()
			const { setEstablishmentOffice } = await import('../../app/domain/accounts/set-establishment-office.server.ts')
			const result = await asUsageError(() => setEstablishmentOffice({ email: address, office: !options.revoke }))
			const state = result.office
				? 'works for the establishment office'
				: 'no longer works for the establishment office'
			log(`${result.email}: ${state}${result.changed ? '' : ' (unchanged)'}`)
		},
	}),
]
