import { pino, stdTimeFunctions, type Logger, type LoggerOptions } from 'pino'
import pretty from 'pino-pretty'
import { env } from './env.server.ts'
import { requestContext } from './request-context.server.ts'

// One logger per process (docs/decisions/013-http-edge.md): JSON lines in
// production for the log collector, readable lines in demo and development.
// Every line written while a request is handled carries its request id.
const shared = globalThis as unknown as { hubLogger?: Logger }

export function logger(): Logger {
	shared.hubLogger ??= createLogger()
	return shared.hubLogger
}

function levelFor(mode: string, configured: string): string {
	// Test runs stay quiet unless a test asks for the lines it reads.
	if (mode === 'test' && !process.env.LOG_LEVEL) return 'warn'
	return configured
}

function createLogger(): Logger {
	const { HUB_MODE, LOG_LEVEL } = env()
	const options: LoggerOptions = {
		level: levelFor(HUB_MODE, LOG_LEVEL),
		// Level names and ISO times read better than numbers, and log collectors accept both.
		formatters: { level: (label) => ({ level: label }) },
		timestamp: stdTimeFunctions.isoTime,
		// A secret passed by mistake in a log object is cut out, at any depth we log at.
		redact: {
			paths: [
				'password',
				'token',
				'cookie',
				'authorization',
				'*.password',
				'*.token',
				'*.cookie',
				'*.authorization',
				// A request's headers logged by mistake (an API token travels in Authorization).
				'headers.authorization',
				'*.headers.authorization',
			],
			censor: '[redacted]',
		},
		mixin: () => {
			const context = requestContext()
			return context ? { requestId: context.requestId } : {}
		},
	}
	if (HUB_MODE === 'production') return pino(options)
	return pino(
		options,
		pretty({
			sync: true,
			singleLine: true,
			colorize: Boolean(process.stdout.isTTY),
			ignore: 'pid,hostname',
			translateTime: 'SYS:HH:MM:ss',
		}),
	)
}
