// One fuzz request as a browser (or a script) would send it, and what came
// back, read far enough to judge it: the status, where a redirect goes, and
// for Remix's data requests the action's answer.
import { decode } from 'turbo-stream'
import type { FormEntries } from './arbitraries.ts'
import type { Role } from './world.ts'

/**
 * document: the HTML form post of a browser without JavaScript; data: the same
 * post as Remix's client sends it with JavaScript (`<path>.data`, answered in
 * Remix's single-fetch encoding); resource: a route without a page (API, logout).
 */
export type Mode = 'document' | 'data' | 'resource'

export type Body =
	| { kind: 'urlencoded'; entries: FormEntries }
	| { kind: 'multipart'; entries: FormEntries }
	| { kind: 'raw'; contentType?: string; text: string }
	| { kind: 'none' }

export interface FuzzRequest {
	method: string
	/** Path and query, as the page's form would post it (before `.data`). */
	path: string
	role: Role
	mode: Mode
	body: Body
	/** The Origin header: the portal's own (a browser's same-origin post), none, another site, or "null". */
	origin: 'same' | 'none' | 'cross' | 'null'
	/** What is hostile about it, for the report and for matching known failures. */
	tags: string[]
}

export interface FuzzResponse {
	status: number
	/** Where a redirect goes (a 3xx Location, or the redirect inside a data response). */
	redirect?: string
	/** The action's answer, decoded, for a data request that did not redirect. */
	data?: unknown
	/** The first bytes of the body, for failure reports. */
	excerpt: string
}

export function hasNul(request: FuzzRequest): boolean {
	const body =
		request.body.kind === 'urlencoded' || request.body.kind === 'multipart'
			? request.body.entries.some(([name, value]) => name.includes('\0') || value.includes('\0'))
			: request.body.kind === 'raw' && request.body.text.includes('\0')
	return body || /%00|\0/.test(request.path)
}

function dataUrl(path: string): string {
	const url = new URL(path, 'http://portal')
	url.pathname = url.pathname === '/' ? '/_root.data' : `${url.pathname.replace(/\/$/, '')}.data`
	return `${url.pathname}${url.search}`
}

function encodeBody(body: Body): { body?: BodyInit; contentType?: string } {
	switch (body.kind) {
		case 'urlencoded': {
			const params = new URLSearchParams()
			for (const [name, value] of body.entries) params.append(name, value)
			return { body: params.toString(), contentType: 'application/x-www-form-urlencoded;charset=UTF-8' }
		}
		case 'multipart': {
			const form = new FormData()
			for (const [name, value] of body.entries) form.append(name, value)
			return { body: form }
		}
		case 'raw':
			return { body: body.text, contentType: body.contentType }
		case 'none':
			return {}
	}
}

async function decodeData(response: Response): Promise<unknown> {
	if (!response.body) return undefined
	try {
		const decoded = await decode(response.body)
		await decoded.done.catch(() => undefined)
		return decoded.value
	} catch {
		return undefined
	}
}

export async function send(baseUrl: string, request: FuzzRequest, cookie: string | undefined): Promise<FuzzResponse> {
	const target = request.mode === 'data' ? dataUrl(request.path) : request.path
	const { body, contentType } = encodeBody(request.body)
	const headers = new Headers({ Accept: request.mode === 'resource' ? 'application/json' : 'text/html,*/*' })
	if (contentType) headers.set('Content-Type', contentType)
	if (cookie) headers.set('Cookie', cookie)
	if (request.origin === 'same') headers.set('Origin', baseUrl)
	else if (request.origin === 'cross') headers.set('Origin', 'https://evil.example')
	else if (request.origin === 'null') headers.set('Origin', 'null')
	const response = await fetch(`${baseUrl}${target.startsWith('/') ? '' : '/'}${target}`, {
		method: request.method,
		headers,
		body: request.method === 'GET' || request.method === 'HEAD' ? undefined : body,
		redirect: 'manual',
	})
	if (request.mode === 'data' && response.headers.get('Content-Type')?.includes('text/x-script')) {
		const value = (await decodeData(response)) as { redirect?: string; data?: unknown } | undefined
		return {
			status: response.status,
			redirect: response.status === 202 ? value?.redirect : undefined,
			data: value && typeof value === 'object' && 'data' in value ? value.data : undefined,
			excerpt: JSON.stringify(value ?? null)?.slice(0, 300) ?? '',
		}
	}
	const text = await response.text()
	return {
		status: response.status,
		redirect: response.status >= 300 && response.status < 400 ? (response.headers.get('Location') ?? '') : undefined,
		excerpt: text.slice(0, 300),
	}
}

/** A redirect that sends the visitor to sign in is a refusal, not a success. */
export function isLoginRedirect(location: string | undefined): boolean {
	return Boolean(location && /^(https?:\/\/[^/]+)?\/login(\?|$)/.test(location))
}
