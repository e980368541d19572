import { z } from 'zod'

// One schema for every setting the server reads. A bad or missing value
// stops start-up with a readable list instead of failing later, deep inside
// a request.
const optionalString = z
	.string()
	.trim()
	.transform((value) => (value === '' ? undefined : value))
	.optional()

const envSchema = z.object({
	NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	HOST: z.string().trim().min(1).default('localhost'),
	DATABASE_URL: optionalString.pipe(
		z
			.string()
			.regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
			.optional(),
	),
	HUB_DATA_DIR: z.string().trim().min(1).default('.data'),
	/** Seed demo data into an empty database at start-up (npm start). */
	HUB_SEED_DEMO: z
		.enum(['true', 'false', '1', '0'])
		.default('true')
		.transform((value) => value === 'true' || value === '1'),
	MEILI_HOST: optionalString.pipe(z.string().url('must be a URL such as http://127.0.0.1:7700').optional()),
	MEILI_MASTER_KEY: optionalString,
	MEILI_INDEX_PREFIX: optionalString,
	SMTP_URL: optionalString.pipe(
		z
			.string()
			.regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
			.optional(),
	),
	MAIL_FROM: z.string().default('ATMP Flemingsberg <noreply@atmp-flemingsberg.example>'),
	PUBLIC_URL: optionalString.pipe(z.string().url().optional()),
	SESSION_IDLE_HOURS: z.coerce.number().positive().default(8),
	SESSION_ABSOLUTE_DAYS: z.coerce.number().positive().default(14),
	/** Days after routing when a provider that has not answered gets a reminder, and when the route expires. */
	HUB_ROUTE_REMINDER_DAYS: z.coerce.number().positive().default(5),
	HUB_ROUTE_EXPIRY_DAYS: z.coerce.number().positive().default(14),
	/** Run the outbox worker inside the web process (default) or only in `npm run worker`. */
	HUB_INLINE_WORKER: z
		.enum(['true', 'false', '1', '0'])
		.default('true')
		.transform((value) => value === 'true' || value === '1'),
})

export type Env = z.infer<typeof envSchema>

export class EnvError extends Error {
	constructor(public readonly problems: string[]) {
		super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
		this.name = 'EnvError'
	}
}

export function parseEnv(source: Record<string, string | undefined>): Env {
	const result = envSchema.safeParse(source)
	if (!result.success) {
		throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`))
	}
	return result.data
}

let cached: Env | undefined

/** The validated environment; read lazily so tests and tools can set variables first. */
export function env(): Env {
	cached ??= parseEnv(process.env)
	return cached
}

export function resetEnvCache() {
	cached = undefined
}
