import type { Database } from '../db/database.server.ts'

export interface CommandContext {
	args: string[]
	log: (line: string) => void
	/** Opens (and migrates) the portal's database; closed after the command. */
	database: () => Promise<Database>
}

export interface Command {
	usage: string
	summary: string
	run(context: CommandContext): Promise<number | void>
}

/** A mistake in how the command was called: printed without a stack trace. */
export class UsageError extends Error {}

/** Splits `--flag`, `--name value` and positional arguments. */
export function parseArgs(args: string[], valueFlags: readonly string[] = []) {
	const flags = new Set<string>()
	const values = new Map<string, string>()
	const positional: string[] = []
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!
		if (!arg.startsWith('--')) {
			positional.push(arg)
			continue
		}
		const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined]
		if (valueFlags.includes(name)) {
			const value = inline ?? args[++i]
			if (value === undefined) throw new UsageError(`--${name} needs a value`)
			values.set(name, value)
		} else {
			flags.add(name)
		}
	}
	return { flags, values, positional }
}
