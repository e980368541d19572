import { createInterface } from 'node:readline/promises'
import { Writable } from 'node:stream'
import { parseArgs, UsageError, type Command } from './command.ts'

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

const usage = [
	'user create --email <e-mail> --name <name> [--role user|coordinator|platform_admin] [--password <password>]',
	'user role --email <e-mail> --role user|coordinator|platform_admin',
	'user disable --email <e-mail> [--enable]',
].join('\n         ')

export const userCommands: Record<string, Command> = {
	user: {
		usage,
		summary: 'create an account (asks for the password when not given), change its role, disable or enable it',
		async run({ args, database, log }) {
			const [action, ...rest] = args
			const { values, flags } = parseArgs(rest, ['email', 'name', 'role', 'password'])
			const email = values.get('email')
			if (!action || !['create', 'role', 'disable'].includes(action)) throw new UsageError(`Usage:\n  ${usage}`)
			if (!email) throw new UsageError(`user ${action} needs --email <e-mail>`)
			const { AccountCommandError } = await import('../../app/domain/accounts/account-command-error.ts')
			try {
				if (action === 'create') {
					const name = values.get('name')
					if (!name) throw new UsageError('user create needs --name "<full name>"')
					const role = roleOf(values.get('role'), 'user')
					const password = values.get('password') ?? (await promptPassword('Password (12 characters or more): '))
					await database()
					const { createUser } = await import('../../app/domain/accounts/create-user.server.ts')
					const user = await createUser({ email, name, password, role })
					log(`Created ${user.email} (${role}); the address counts as verified.`)
				} else if (action === 'role') {
					const role = roleOf(values.get('role'))
					await database()
					const { setUserRole } = await import('../../app/domain/accounts/set-user-role.server.ts')
					const result = await setUserRole({ email, role })
					log(`${result.email}: ${result.from} → ${result.to}`)
				} else {
					await database()
					const { setUserDisabled } = await import('../../app/domain/accounts/set-user-disabled.server.ts')
					const result = await setUserDisabled({ email, disabled: !flags.has('enable') })
					log(`${result.email}: ${result.disabled ? 'disabled, every session ended' : 'enabled'}`)
				}
			} catch (error) {
				if (error instanceof AccountCommandError) throw new UsageError(error.message)
				throw error
			}
		},
	},
}
