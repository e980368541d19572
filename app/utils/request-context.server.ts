import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * What the server learns about one request while it is handled: the id every
 * log line of it carries, the route, who asked, and whether it failed because
 * the database could not be reached (then the visitor gets the 503 page, not
 * a 500). The server opens it; the app only adds to it, so nothing under
 * app/domain needs to know about HTTP.
 */
export interface RequestContext {
	requestId: string
	routeId?: string
	userId?: string
	databaseUnreachable?: boolean
}

// On globalThis: the server runs this module through tsx while the Remix build
// carries its own bundled copy, and both must see the same store.
const shared = globalThis as unknown as { hubRequestContext?: AsyncLocalStorage<RequestContext> }
const storage = (shared.hubRequestContext ??= new AsyncLocalStorage<RequestContext>())

export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
	return storage.run(context, work)
}

/** The context of the request being handled, if any (none in background work). */
export function requestContext(): RequestContext | undefined {
	return storage.getStore()
}

/** Records who is signed in, for the request log. Never a session token: only the user's id. */
export function noteRequestUser(userId: string | null | undefined) {
	const context = storage.getStore()
	if (context && userId) context.userId = userId
}

/**
 * Records an error raised while handling the request; a failure to reach the
 * database turns the request's 500 into the outage page (503, Retry-After).
 */
export function noteRequestError(error: unknown) {
	const context = storage.getStore()
	if (context && isDatabaseUnreachable(error)) context.databaseUnreachable = true
}

// Prisma (P1001 can't reach, P1002 timed out, P1017 server closed the
// connection, P2024 pool timeout), its driver adapter's kinds, node's socket
// errors and PostgreSQL's own "shutting down / starting up / connection"
// classes (57P01–57P03, 08xxx) all mean: no database right now.
const unreachableCodes = new Set([
	'P1001',
	'P1002',
	'P1017',
	'P2024',
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ENOTFOUND',
	'EPIPE',
	'57P01',
	'57P02',
	'57P03',
	'08000',
	'08001',
	'08003',
	'08004',
	'08006',
])
const unreachableKinds = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections'])
const unreachableMessages =
	/Can't reach database server|Connection terminated|Server has closed the connection|timeout exceeded when trying to connect|Timed out fetching a new connection|the database system is (starting up|shutting down|in recovery mode)/i

export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
	if (!error || typeof error !== 'object' || depth > 5) return false
	const candidate = error as {
		code?: unknown
		kind?: unknown
		message?: unknown
		cause?: unknown
		meta?: { driverAdapterError?: unknown }
	}
	if (typeof candidate.code === 'string' && unreachableCodes.has(candidate.code)) return true
	if (typeof candidate.kind === 'string' && unreachableKinds.has(candidate.kind)) return true
	if (typeof candidate.message === 'string' && unreachableMessages.test(candidate.message)) return true
	return (
		isDatabaseUnreachable(candidate.cause, depth + 1) ||
		isDatabaseUnreachable(candidate.meta?.driverAdapterError, depth + 1)
	)
}
