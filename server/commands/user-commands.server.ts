import { createInterface } from 'node:readline/promises'
import { Writable } from 'node:stream'
import { command, UsageError } from './command.ts'

// Operator commands for accounts: `npm run hub -- user <create|role|disable> …`.

const roles = ['user', 'coordinator', 'platform_admin'] as const
type Role = (typeof roles)[number]

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
	const { AccountCommandError } = await import('../../app/domain/accounts/account-command-error.ts')
	try {
		return await work()
	} catch (error) {
		if (error instanceof AccountCommandError) throw new UsageError(error.message)
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
]
