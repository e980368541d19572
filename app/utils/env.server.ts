import { z } from 'zod'
import { tileTemplateProblem } from '../domain/map/map-tiles.ts'

// One schema for every setting the server reads. A bad or missing value
// stops start-up with a readable list instead of failing later, deep inside
// a request.
const optionalString = z
	.string()
	.trim()
	.transform((value) => (value === '' ? undefined : value))
	.optional()

const booleanSetting = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1')

/**
 * What the portal is running as (docs/decisions/011-modes-and-trust.md):
 * - `production`: NODE_ENV=production. PUBLIC_URL required, no demo data unless asked for, no mail in logs.
 * - `demo`: `npm start` without NODE_ENV, the newcomer's portal on localhost with demo data.
 * - `development`: `npm run dev` (Vite, hot reload).
 * - `test`: Vitest.
 */
export const modes = ['production', 'demo', 'development', 'test'] as const
export type Mode = (typeof modes)[number]

export function modeOf(nodeEnv: string | undefined): Mode {
	if (nodeEnv === 'production' || nodeEnv === 'development' || nodeEnv === 'test') return nodeEnv
	return 'demo'
}

/**
 * Which proxies may speak for the client in X-Forwarded-For/-Proto: none by
 * default, so a visitor cannot forge their address (and with it the rate
 * limits) or claim https. A number is how many proxies stand in front; a list
 * names them (addresses, CIDR ranges, or `loopback`, `linklocal`, `uniquelocal`).
 */
const trustProxySetting = z
	.string()
	.trim()
	.default('false')
	.transform((value, context): false | number | string[] => {
		if (value === '' || value === 'false' || value === '0') return false
		if (/^[1-9]\d*$/.test(value)) return Number(value)
		if (value === 'true') {
			context.addIssue({
				code: z.ZodIssueCode.custom,
				message: 'say how many proxies stand in front of the portal (for example 1), or list their addresses',
			})
			return z.NEVER
		}
		const entries = value
			.split(',')
			.map((entry) => entry.trim())
			.filter(Boolean)
		const named = new Set(['loopback', 'linklocal', 'uniquelocal'])
		const malformed = entries.filter((entry) => !named.has(entry) && !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(entry))
		if (malformed.length) {
			context.addIssue({ code: z.ZodIssueCode.custom, message: `not an address or range: ${malformed.join(', ')}` })
			return z.NEVER
		}
		return entries
	})

/** Comma-separated exact origins (`https://crm.example.org`): a scheme, a host, a port if not the default, nothing else. */
const corsOriginsSetting = z
	.string()
	.default('')
	.transform((value, context): string[] => {
		const entries = value
			.split(',')
			.map((entry) => entry.trim())
			.filter(Boolean)
		const inexact = entries.filter((entry) => {
			try {
				const url = new URL(entry)
				return !/^https?:$/.test(url.protocol) || url.origin !== entry
			} catch {
				return true
			}
		})
		if (inexact.length) {
			context.addIssue({
				code: z.ZodIssueCode.custom,
				message: `not an exact origin such as https://crm.example.org (no path, no trailing slash, lowercase): ${inexact.join(', ')}`,
			})
			return z.NEVER
		}
		return entries
	})

const envSchema = z.object({
	NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
	/** Normally derived from NODE_ENV (see modeOf); `npm start` sets it to demo before NODE_ENV=production. */
	HUB_MODE: z.enum(modes).optional(),
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	HOST: z.string().trim().min(1).default('localhost'),
	DATABASE_URL: optionalString.pipe(
		z
			.string()
			.regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
			.optional(),
	),
	HUB_DATA_DIR: z.string().trim().min(1).default('.data'),
	/** Seed demo data into an empty database at start-up; default: yes, except in production. */
	HUB_SEED_DEMO: optionalString.pipe(booleanSetting.optional()),
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
	/** The portal's address as visitors reach it: the only source of absolute links (mail, API, hreflang). */
	PUBLIC_URL: optionalString.pipe(
		z
			.string()
			.url('must be the address visitors use, such as https://hub.example.org')
			.refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://')
			.optional(),
	),
	TRUST_PROXY: trustProxySetting,
	/** Exact origins whose pages may call /api/v1/* from a browser; unset: no CORS header at all (docs/decisions/026). */
	CORS_ORIGINS: corsOriginsSetting,
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	/** Accounts one client address may create per hour: raise it for a day when many sign up behind one address (a conference's network). */
	HUB_SIGNUPS_PER_ADDRESS_HOUR: z.coerce.number().int().min(1).max(10_000).default(10),
	/** How often saved searches are looked at for new matches: what "immediately" means (issue 15). */
	HUB_ALERTS_EVERY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
	/** Memory for visitors' public pages kept between writes (docs/decisions/046); 0 renders every page. */
	HUB_PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4_096).default(32),
	SESSION_IDLE_HOURS: z.coerce.number().positive().default(8),
	SESSION_ABSOLUTE_DAYS: z.coerce.number().positive().default(14),
	/** Days after routing when a provider that has not answered gets a reminder, and when the route expires. */
	HUB_ROUTE_REMINDER_DAYS: z.coerce.number().positive().default(5),
	HUB_ROUTE_EXPIRY_DAYS: z.coerce.number().positive().default(14),
	/** Months without an approved edit or a confirmation after which a listing is stale and its people are asked (docs/decisions/044). */
	HUB_STALE_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
	/** Run the outbox worker inside the web process (default) or only in `npm run worker`. */
	HUB_INLINE_WORKER: booleanSetting.default('true'),
	/** Web processes `npm start` runs on the port (node:cluster); the first process migrates, seeds and runs background work once. */
	WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
	/** /healthz turns degraded when a committed change has waited this long for the search index (a stopped worker). */
	HUB_PENDING_DEGRADED_SECONDS: z.coerce.number().positive().default(60),
	/** Tiles under the campus map (/map) in Leaflet's template form; unset: the map draws the campus itself (docs/decisions/037). */
	MAP_TILES_URL: optionalString.pipe(
		z
			.string()
			.superRefine((value, context) => {
				const problem = tileTemplateProblem(value)
				if (problem) context.addIssue({ code: 'custom', message: problem })
			})
			.optional(),
	),
	/** Who the tiles are by, shown on the map as text (the tile server's licence asks for it). */
	MAP_TILES_ATTRIBUTION: optionalString,
	// An S3-compatible store for listing pictures instead of HUB_DATA_DIR/images
	// (docs/decisions/028-listing-images.md). All or nothing: see s3Problems.
	/** Only for a store other than Amazon's (MinIO, R2, …): its address; requests then name the bucket in the path. */
	S3_ENDPOINT: optionalString.pipe(
		z
			.string()
			.url("must be the store's address, such as https://minio.example.org:9000")
			.refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://')
			.optional(),
	),
	S3_REGION: optionalString,
	S3_BUCKET: optionalString.pipe(
		z
			.string()
			.regex(
				/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
				'must be a bucket name: 3 to 63 lowercase letters, digits, dots or hyphens',
			)
			.optional(),
	),
	S3_ACCESS_KEY_ID: optionalString,
	S3_SECRET_ACCESS_KEY: optionalString,
	/** A folder inside the bucket (`hub/images`), so one bucket can serve several portals. */
	S3_PREFIX: optionalString.pipe(
		z
			.string()
			.regex(
				/^(?!(.*\/)?\.\.?(\/|$))[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/?$/,
				'must be a folder path such as hub/images (letters, digits, . _ - and /, no . or .. folders)',
			)
			.optional(),
	),
})

export type Env = Omit<z.infer<typeof envSchema>, 'HUB_MODE' | 'HUB_SEED_DEMO'> & {
	HUB_MODE: Mode
	HUB_SEED_DEMO: boolean
}

export class EnvError extends Error {
	constructor(public readonly problems: string[]) {
		super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
		this.name = 'EnvError'
	}
}

/** The settings an S3-compatible picture store needs, besides the optional S3_ENDPOINT and S3_PREFIX. */
const requiredS3Settings = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const
const s3Settings = [...requiredS3Settings, 'S3_ENDPOINT', 'S3_PREFIX'] as const

/**
 * A half-configured store would send pictures to the wrong place or fail on
 * the first upload: once any S3_ setting is given, every required one must be.
 */
function s3Problems(settings: Partial<Record<(typeof s3Settings)[number], string>>): string[] {
	if (!s3Settings.some((name) => settings[name] !== undefined)) return []
	const given = s3Settings.filter((name) => settings[name] !== undefined)
	return requiredS3Settings
		.filter((name) => settings[name] === undefined)
		.map(
			(name) =>
				`${name}: required for the S3-compatible picture store (${given.join(', ')} ${given.length === 1 ? 'is' : 'are'} set); ` +
				`set ${requiredS3Settings.join(', ')}, or none of the S3_ settings to keep pictures under HUB_DATA_DIR/images`,
		)
}

/** Where pictures go when S3_BUCKET is set (parseEnv has checked that the rest is there). */
export interface S3StoreSettings {
	endpoint: string | undefined
	region: string
	bucket: string
	accessKeyId: string
	secretAccessKey: string
	/** '' or a folder ending in '/'. */
	prefix: string
}

export function s3StoreSettings(settings: Env): S3StoreSettings | null {
	const { S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_ENDPOINT, S3_PREFIX } = settings
	if (!S3_BUCKET || !S3_REGION || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY) return null
	return {
		endpoint: S3_ENDPOINT,
		region: S3_REGION,
		bucket: S3_BUCKET,
		accessKeyId: S3_ACCESS_KEY_ID,
		secretAccessKey: S3_SECRET_ACCESS_KEY,
		prefix: S3_PREFIX ? `${S3_PREFIX.replace(/\/+$/, '')}/` : '',
	}
}

export function parseEnv(source: Record<string, string | undefined>): Env {
	const result = envSchema.safeParse(source)
	if (!result.success) {
		throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`))
	}
	const incompleteStore = s3Problems(result.data)
	if (incompleteStore.length) throw new EnvError(incompleteStore)
	const mode = result.data.HUB_MODE ?? modeOf(result.data.NODE_ENV)
	if (mode === 'production' && !result.data.PUBLIC_URL) {
		throw new EnvError([
			'PUBLIC_URL: required in production (NODE_ENV=production): the address visitors use, such as https://hub.example.org. ' +
				'Links in mails and API answers are built from it, never from request headers.',
		])
	}
	return {
		...result.data,
		HUB_MODE: mode,
		// Demo accounts have public passwords: production gets them only when asked for by name.
		HUB_SEED_DEMO: result.data.HUB_SEED_DEMO ?? mode !== 'production',
	}
}

let cached: Env | undefined

/** The validated environment; read lazily so tests and tools can set variables first. */
export function env(): Env {
	cached ??= parseEnv(process.env)
	return cached
}

/** The environment for a process's entry point: one that is wrong ends the process with what to fix, not a stack trace. */
export function envOrExit(): Env {
	try {
		return env()
	} catch (error) {
		if (error instanceof EnvError) {
			console.error(error.message)
			process.exit(1)
		}
		throw error
	}
}

export function resetEnvCache() {
	cached = undefined
}
