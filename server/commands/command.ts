import { parseArgs as parseWithNode } from 'node:util'
import type { Database } from '../db/database.server.ts'

// The `hub` command line (server/cli.ts): each command declares its options
// once, and that declaration drives parsing (node:util parseArgs), its
// `--help` page and the errors for unknown or incomplete options.

/** What a command's exit code means; listed on the help screen. */
export const exitCodes = {
	ok: 0,
	/** Something went wrong; the message says what. Nothing or part of the work was done. */
	failed: 1,
	/** The command was called wrongly: unknown command or option, missing argument. */
	usage: 2,
	/** The work is done, but some records were rejected (listed in the output). */
	rejected: 3,
} as const

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes]

export interface OptionSpec {
	type: 'string' | 'boolean'
	description: string
	/** Shown in help as `--name <valueName>`. */
	valueName?: string
	short?: string
}

export interface PositionalSpec {
	name: string
	description: string
	required?: boolean
}

export interface CommandContext<Options extends Record<string, OptionSpec>> {
	options: { [Name in keyof Options]?: Options[Name]['type'] extends 'boolean' ? boolean : string }
	positionals: string[]
	/** A line for the person at the terminal (standard output). */
	log: (line: string) => void
	/** Opens (and migrates) the portal's database; closed after the command. */
	database: () => Promise<Database>
}

export interface Command<Options extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
	/** One word, or two for a group (`user create`). */
	name: string
	summary: string
	positionals?: PositionalSpec[]
	options: Options
	examples?: string[]
	run(context: CommandContext<Options>): Promise<ExitCode | void>
}

/** Declares a command with its option types checked against its own options. */
export function command<Options extends Record<string, OptionSpec>>(spec: Command<Options>): Command {
	return spec as unknown as Command
}

/** A mistake in how the command was called: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}

export function usageLine(spec: Command): string {
	const positionals = (spec.positionals ?? []).map((p) => (p.required ? `<${p.name}>` : `[${p.name}]`))
	return ['npm run hub --', spec.name, ...positionals, Object.keys(spec.options).length ? '[options]' : '']
		.filter(Boolean)
		.join(' ')
}

/** Parses a command's arguments by its declaration; unknown options and missing values are usage errors. */
export function parseCommandArgs(spec: Command, args: string[]) {
	const options = Object.fromEntries(
		Object.entries(spec.options).map(([name, option]) => [
			name,
			option.short ? { type: option.type, short: option.short } : { type: option.type },
		]),
	)
	try {
		const parsed = parseWithNode({ args, options, allowPositionals: true, strict: true })
		const required = (spec.positionals ?? []).filter((p) => p.required)
		const missing = required.slice(parsed.positionals.length)
		if (missing.length) throw new UsageError(`${spec.name} needs ${missing.map((p) => `<${p.name}>`).join(' ')}`)
		const allowed = spec.positionals?.length ?? 0
		if (parsed.positionals.length > allowed) {
			throw new UsageError(`${spec.name} does not take "${parsed.positionals[allowed]}"`)
		}
		return { options: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals }
	} catch (error) {
		if (error instanceof UsageError) throw error
		// node:util's messages name the option ("Unknown option '--x'"); keep them, drop its advice about "--".
		const message = error instanceof Error ? error.message.split('. To specify')[0]! : String(error)
		throw new UsageError(`${spec.name}: ${message}`)
	}
}

const width = 80

function wrap(text: string, indent: number): string[] {
	const lines: string[] = []
	let line = ''
	for (const word of text.split(/\s+/)) {
		if (line && indent + line.length + 1 + word.length > width) {
			lines.push(line)
			line = word
		} else {
			line = line ? `${line} ${word}` : word
		}
	}
	if (line) lines.push(line)
	return lines.map((l, i) => (i === 0 ? l : `${' '.repeat(indent)}${l}`))
}

function table(rows: Array<[string, string]>): string[] {
	const left = Math.min(Math.max(...rows.map(([name]) => name.length)), 28)
	return rows.flatMap(([name, text]) => {
		if (name.length > left) return [`  ${name}`, `  ${' '.repeat(left + 2)}${wrap(text, left + 4).join('\n')}`]
		return [`  ${name.padEnd(left)}  ${wrap(text, left + 4).join('\n')}`]
	})
}

export function commandHelp(spec: Command): string {
	const lines = [`Usage: ${usageLine(spec)}`, '', ...wrap(spec.summary, 0)]
	if (spec.positionals?.length) {
		lines.push('', 'Arguments:', ...table(spec.positionals.map((p) => [`<${p.name}>`, p.description])))
	}
	const options: Array<[string, string]> = Object.entries(spec.options).map(([name, option]) => [
		`${option.short ? `-${option.short}, ` : ''}--${name}${option.type === 'string' ? ` <${option.valueName ?? 'value'}>` : ''}`,
		option.description,
	])
	options.push(['--help', 'this page'])
	lines.push('', 'Options:', ...table(options))
	if (spec.examples?.length) lines.push('', 'Examples:', ...spec.examples.map((example) => `  ${example}`))
	return lines.join('\n')
}

export function overviewHelp(commands: readonly Command[]): string {
	return [
		'Usage: npm run hub -- <command> [arguments] [options]',
		'',
		...wrap(
			'Operator commands against the same database as npm start (embedded in HUB_DATA_DIR unless DATABASE_URL).',
			0,
		),
		'',
		'Commands:',
		...table(commands.map((spec) => [spec.name, spec.summary])),
		'',
		'Run npm run hub -- <command> --help for a command’s arguments and options.',
		'',
		'Exit codes:',
		...table([
			[String(exitCodes.ok), 'done'],
			[String(exitCodes.failed), 'failed; the message says why'],
			[String(exitCodes.usage), 'called wrongly (unknown command or option, missing argument)'],
			[String(exitCodes.rejected), 'done, but some records were rejected (listed)'],
		]),
	].join('\n')
}
