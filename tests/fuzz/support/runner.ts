// Runs one inventory target against a running portal with fast-check and
// checks the two properties on every answer:
//   1. no response is a 5xx;
//   2. nothing is written unless the answer says it succeeded (a redirect
//      other than to the login page, or a 2xx the route documents as success).
// Failures do not stop the run: every case is counted for the report, and the
// test fails afterwards, naming the seed and case to replay.
import fc from 'fast-check'
import type { Target } from '../inventory.ts'
import { isLoginRedirect, send, type FuzzRequest, type FuzzResponse } from './http.ts'
import { SEARCH_REPAIR, totalRows, type WriteCounter, type Writes } from './write-counter.ts'
import type { Sessions, World } from './world.ts'

export type Verdict = 'success' | 'refused' | 'unjudged'

export interface FailureRecord {
	kind: 'server-error' | 'write-on-refusal' | 'no-answer'
	/** The replay path: `npm run fuzz -- --only <target> --seed <seed> --path <path>`. */
	path: string
	status: number
	request: FuzzRequest
	writes: Writes
	excerpt: string
	/** What the portal logged while answering (its stack trace, for a 5xx). */
	log: string
}

export interface TargetResult {
	target: string
	route: string
	seed: number
	runs: number
	requests: number
	statuses: Record<string, number>
	verdicts: Record<Verdict, number>
	tags: Record<string, number>
	/** Rows written per "Table:OPERATION", over all answers that succeeded. */
	rowsWritten: Writes
	/** Rows written by answers that refused (must stay empty). */
	rowsWrittenOnRefusal: Writes
	/** Outbox rows search queued to repair its index, not waiting for the answer (see write-counter.ts). */
	searchRepairs: number
	/** Examples of each kind of failure (a few each). */
	failures: FailureRecord[]
	/** How many answers failed, by kind ("server-error", "write-on-refusal", "no-answer"). */
	failureCounts: Record<string, number>
	durationMs: number
	/** Where the time went, in milliseconds: sending by mode, the write counter, keeping sessions alive. */
	timings: Record<string, number>
}

export interface RunOptions {
	baseUrl: string
	world: World
	sessions: Sessions
	counter: WriteCounter
	runs: number
	seed: number
	/** Replay one case (fast-check's path) instead of a run. */
	path?: string
	/** Stop generating new cases after this long (the run still passes or fails on what it sent). */
	timeLimitMs?: number
	/** Show the portal's log lines around a failure. */
	portalOutput?: () => string
}

function verdictOf(target: Target, request: FuzzRequest, response: FuzzResponse): Verdict {
	const { status } = response
	if (status === 0) return 'unjudged'
	if (status >= 300 && status < 400) return isLoginRedirect(response.redirect) ? 'refused' : 'success'
	if (status === 202 && request.mode === 'data') return isLoginRedirect(response.redirect) ? 'refused' : 'success'
	if (status >= 400) return 'refused'
	if (!target.refusedIn2xx) return 'success'
	// A page's HTML does not carry the action's answer in a form worth parsing; its twin data request does.
	if (request.mode === 'document') return 'unjudged'
	return target.refusedIn2xx(response.data) ? 'refused' : 'success'
}

function add(into: Writes, writes: Writes) {
	for (const [key, n] of Object.entries(writes)) into[key] = (into[key] ?? 0) + n
}

function printable(request: FuzzRequest): FuzzRequest {
	const cut = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}… (${text.length} characters)` : text)
	const body =
		request.body.kind === 'raw'
			? { ...request.body, text: cut(request.body.text) }
			: request.body.kind === 'none'
				? request.body
				: {
						...request.body,
						entries: request.body.entries.map(([name, value]) => [cut(name), cut(value)] as [string, string]),
					}
	return { ...request, path: cut(request.path), body }
}

/**
 * What the portal logged from `start` on, once it has stopped growing: its
 * stderr reaches this process a little after the answer does.
 */
export async function settledLog(output: () => string, start: number): Promise<string> {
	let last = -1
	for (let waited = 0; waited < 1000; waited += 50) {
		const length = output().length
		if (length === last && length > start) break
		last = length
		await new Promise((resolve) => setTimeout(resolve, 50))
	}
	return output().slice(start, start + 4000)
}

/**
 * A server may answer before it has read a body it does not want (a redirect,
 * a 413) and close the connection; a client still sending, or reusing that
 * connection, sees it reset. One retry on a fresh connection tells that apart
 * from a server that does not answer at all.
 */
async function sendWithRetry(baseUrl: string, request: FuzzRequest, cookie: string | undefined): Promise<FuzzResponse> {
	try {
		return await send(baseUrl, request, cookie)
	} catch {
		return send(baseUrl, request, cookie)
	}
}

export async function runTarget(target: Target, options: RunOptions): Promise<TargetResult> {
	const started = Date.now()
	const result: TargetResult = {
		target: target.name,
		route: target.route,
		seed: options.seed,
		runs: options.runs,
		requests: 0,
		statuses: {},
		verdicts: { success: 0, refused: 0, unjudged: 0 },
		tags: {},
		rowsWritten: {},
		rowsWrittenOnRefusal: {},
		searchRepairs: 0,
		failures: [],
		failureCounts: {},
		durationMs: 0,
		timings: {},
	}
	let index = 0
	let stale = true
	const deadline = options.timeLimitMs ? started + options.timeLimitMs : Infinity
	const property = fc.asyncProperty(target.requests(options.world), async (request) => {
		const path = options.path ?? String(index++)
		// Out of time: the remaining cases are generated but not sent (fast-check's own
		// time limit would leave a request in flight while the next target starts).
		if (Date.now() > deadline) return true
		let mark = performance.now()
		const lap = (name: string) => {
			const now = performance.now()
			result.timings[name] = (result.timings[name] ?? 0) + (now - mark)
			mark = now
		}
		if (stale) {
			await options.sessions.refresh()
			// The harness's own writes are not the request's.
			await options.counter.take()
			stale = false
		}
		lap('sessions')
		const logStart = options.portalOutput?.().length ?? 0
		let response: FuzzResponse
		try {
			response = await sendWithRetry(options.baseUrl, request, options.sessions.cookie(request.role))
		} catch (error) {
			const excerpt = error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error)
			// An oversized body is answered 413 and the connection closed before the body is read, so a
			// client still writing it sees EPIPE or a reset instead of the answer: the portal's log has it.
			const closedEarly = /EPIPE|ECONNRESET|other side closed/.test(excerpt)
			// The log line travels through a pipe and may arrive a moment after the reset.
			if (closedEarly) await new Promise((resolve) => setTimeout(resolve, 200))
			const answeredTooLarge = closedEarly && (options.portalOutput?.().slice(logStart) ?? '').includes('"status":413')
			// Otherwise the connection was dropped or the portal died: the worst answer of all.
			response = { status: answeredTooLarge ? 413 : 0, excerpt }
		}
		lap(`send:${request.mode}`)
		const writes = await options.counter.take()
		lap('counter')
		const verdict = verdictOf(target, request, response)
		result.requests++
		result.statuses[response.status] = (result.statuses[response.status] ?? 0) + 1
		result.verdicts[verdict]++
		for (const tag of request.tags) result.tags[tag] = (result.tags[tag] ?? 0) + 1
		const { [SEARCH_REPAIR]: repairs, ...own } = writes
		if (repairs) result.searchRepairs += repairs
		if (verdict === 'refused') add(result.rowsWrittenOnRefusal, own)
		else add(result.rowsWritten, own)
		// Whatever succeeded may have ended a session or an account the next cases need.
		if (verdict !== 'refused' || totalRows(writes) > 0) stale = true

		const kind =
			response.status === 0
				? 'no-answer'
				: response.status >= 500
					? 'server-error'
					: verdict === 'refused' && totalRows(writes) > 0
						? 'write-on-refusal'
						: null
		if (!kind) return true
		const log = options.portalOutput ? await settledLog(options.portalOutput, logStart) : ''
		result.failureCounts[kind] = (result.failureCounts[kind] ?? 0) + 1
		const sameKind = result.failures.filter((failure) => failure.kind === kind)
		// Enough examples of each kind to see the pattern, not thousands.
		if (sameKind.length < 5)
			result.failures.push({
				kind,
				path,
				status: response.status,
				request: printable(request),
				writes,
				excerpt: response.excerpt,
				log,
			})
		return true
	})
	await fc.assert(property, {
		numRuns: options.path ? 1 : options.runs,
		seed: options.seed,
		path: options.path,
		endOnFailure: true,
	})
	result.durationMs = Date.now() - started
	return result
}

export function describeFailure(result: TargetResult, failure: FailureRecord): string {
	return [
		`${result.target}: ${failure.kind} (${failure.status})`,
		`  replay: npm run fuzz -- --only ${result.target} --seed ${result.seed} --path ${failure.path}`,
		`  request: ${JSON.stringify(failure.request)}`,
		`  writes: ${JSON.stringify(failure.writes)}`,
		failure.excerpt ? `  answer: ${failure.excerpt.replace(/\s+/g, ' ').slice(0, 300)}` : '',
		failure.log ? `  portal log:\n${failure.log.replace(/^/gm, '    ')}` : '',
	]
		.filter(Boolean)
		.join('\n')
}
