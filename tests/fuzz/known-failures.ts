// 5xx answers whose fix belongs to work in progress elsewhere, recorded here so
// the property stays strict for everything else. Each entry matches precisely
// the requests it is about; tests/fuzz/*.test.ts fail on any other failure,
// and also when an entry stops happening (then delete it: the fix has landed).
// The lead empties this list after merging the edge and auth branches.
import type { FuzzRequest, FuzzResponse } from './support/http.ts'
import { hasNul } from './support/http.ts'

export interface KnownFailure {
	id: string
	/** Whose branch fixes it. */
	owner: 'edge' | 'auth'
	description: string
	/** `log` is what the portal logged while answering. */
	matches(request: FuzzRequest, response: FuzzResponse, log: string): boolean
}

const formBody = (request: FuzzRequest) =>
	request.body.kind === 'urlencoded' ||
	request.body.kind === 'multipart' ||
	(request.body.kind === 'raw' &&
		/^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(request.body.contentType ?? ''))

export const knownFailures: KnownFailure[] = [
	{
		id: 'non-form-body',
		owner: 'edge',
		description:
			'A POST to a page action whose body is not a form (JSON, text, XML, no body, a broken multipart or urlencoded body) makes request.formData() throw: 500 instead of 415/400.',
		matches: (request, response, log) =>
			response.status === 500 &&
			request.mode !== 'resource' &&
			(!formBody(request) || request.tags.some((tag) => tag.startsWith('malformed') || tag === 'odd-charset')) &&
			/Failed to parse body as FormData|Content-Type was not one of/.test(log),
	},
	{
		id: 'cross-origin-page-action',
		owner: 'edge',
		description:
			'A page action posted with another site\'s Origin (or "null"): Remix\'s own CSRF check throws, 500 instead of 403.',
		matches: (request, response, log) =>
			response.status === 500 &&
			(request.origin === 'cross' || request.origin === 'null') &&
			/host header does not match `origin` header/.test(log),
	},
	{
		id: 'nul-byte',
		owner: 'edge',
		description:
			'A NUL byte in a path, query or form value reaches PostgreSQL ("invalid byte sequence"): 500 instead of 400.',
		matches: (request, response, log) =>
			response.status === 500 && hasNul(request) && /invalid byte sequence|0x00|22021|\\u0000/.test(log),
	},
	{
		id: 'malformed-path-id',
		owner: 'auth',
		description:
			'An id in the address that is not a UUID (36 zeros, "%", 300 characters) reaches PostgreSQL as a uuid: 500 instead of 404.',
		matches: (request, response, log) => {
			const value = refusedUuid(log)
			return (
				response.status === 500 &&
				value !== undefined &&
				decodedPath(request)
					.split(/[/?&=]/)
					.includes(value)
			)
		},
	},
]

/** The value PostgreSQL refused as a uuid, if that is why the request failed. */
function refusedUuid(log: string): string | undefined {
	return /invalid input syntax for type uuid: "([^"]*)"/.exec(log)?.[1]
}

function decodedPath(request: FuzzRequest): string {
	try {
		return decodeURIComponent(request.path)
	} catch {
		return request.path
	}
}

export function knownFailureOf(request: FuzzRequest, response: FuzzResponse, log: string): KnownFailure | undefined {
	return knownFailures.find((known) => known.matches(request, response, log))
}
