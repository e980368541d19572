// The Meilisearch client's requests over node:http with a keep-alive agent.
// Node's global fetch sends a POST's headers and body as separate packets, so
// every search waits out the peer's delayed ACK (about 40 ms on Linux) although
// Meilisearch answers in a few milliseconds; one write per request does not.
import http from 'node:http'
import https from 'node:https'
import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch'

type FetchArguments = Parameters<typeof fetch>

export interface KeepAliveClient {
	httpClient: (...args: FetchArguments) => Promise<unknown>
	close(): void
}

function headersOf(init: RequestInit | undefined): Record<string, string> {
	const headers: Record<string, string> = {}
	new Headers(init?.headers).forEach((value, name) => {
		headers[name] = value
	})
	return headers
}

export function keepAliveClient(options: { maxSockets?: number } = {}): KeepAliveClient {
	const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 16, scheduling: 'lifo' as const }
	const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) }

	function httpClient(input: FetchArguments[0], init?: FetchArguments[1]): Promise<unknown> {
		const url = new URL(input instanceof Request ? input.url : String(input))
		const body = typeof init?.body === 'string' ? Buffer.from(init.body) : undefined
		const headers = headersOf(init)
		if (body) headers['content-length'] = String(body.byteLength)
		const transport = url.protocol === 'https:' ? https : http
		const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:']
		return new Promise((resolve, reject) => {
			const signal = init?.signal ?? undefined
			if (signal?.aborted) return reject(signal.reason)
			const request = transport.request(url, { method: init?.method ?? 'GET', headers, agent }, (response) => {
				const chunks: Buffer[] = []
				response.on('data', (chunk: Buffer) => chunks.push(chunk))
				response.on('error', reject)
				response.on('end', () => {
					signal?.removeEventListener('abort', abort)
					const text = Buffer.concat(chunks).toString('utf8')
					let parsed: unknown
					try {
						parsed = text === '' ? undefined : JSON.parse(text)
					} catch (error) {
						return reject(error)
					}
					const status = response.statusCode ?? 500
					if (status >= 200 && status < 300) return resolve(parsed)
					const fetchResponse = new Response(status === 204 ? null : text, {
						status,
						statusText: response.statusMessage ?? '',
					})
					reject(new MeilisearchApiError(fetchResponse, parsed as never))
				})
			})
			// The client's timeout aborts the signal with its own reason, which it recognises.
			const abort = () => request.destroy(signal?.reason instanceof Error ? signal.reason : new Error('aborted'))
			signal?.addEventListener('abort', abort, { once: true })
			request.on('error', (error) => {
				signal?.removeEventListener('abort', abort)
				reject(signal?.aborted ? signal.reason : error)
			})
			request.setNoDelay(true)
			request.end(body)
		})
	}

	return {
		httpClient,
		close() {
			agents['http:'].destroy()
			agents['https:'].destroy()
		},
	}
}

/**
 * The client wraps whatever its HTTP function throws in a request error; the
 * engine reasons about Meilisearch's own answer (404, 403, codes) underneath.
 */
export function meilisearchApiError(error: unknown): MeilisearchApiError | undefined {
	if (error instanceof MeilisearchApiError) return error
	if (error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError) return error.cause
	return undefined
}
