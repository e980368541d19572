// 5xx answers whose fix belongs to work in progress elsewhere, recorded here so
// the property stays strict for everything else. Each entry matches precisely
// the requests it is about; tests/fuzz/*.test.ts fail on any other failure,
// and also when an entry stops happening (then delete it: the fix has landed).
// The lead empties this list after merging the edge and auth branches.
import { prisma } from '../../app/utils/db.server.ts'
import type { GroupName } from './inventory.ts'
import type { FuzzRequest, FuzzResponse } from './support/http.ts'
import { hasNul } from './support/http.ts'
import { totalRows, type Writes } from './support/write-counter.ts'
import { knownToken, type World } from './support/world.ts'

export interface KnownFailure {
	id: string
	/** Whose branch fixes it. */
	owner: 'edge' | 'auth'
	description: string
	kind: 'server-error' | 'write-on-refusal'
	/** `log` is what the portal logged while answering, `writes` the rows it wrote. */
	matches(request: FuzzRequest, response: FuzzResponse, log: string, writes: Writes): boolean
	/** One request that fails this way today, sent by the group's test file to see whether it still does. */
	example: { group: GroupName; request(world: World): FuzzRequest | Promise<FuzzRequest> }
}

function post(
	path: string,
	role: FuzzRequest['role'],
	entries: Array<[string, string]>,
	extra: Partial<FuzzRequest> = {},
): FuzzRequest {
	return {
		method: 'POST',
		path,
		role,
		mode: 'document',
		origin: 'same',
		body: { kind: 'urlencoded', entries },
		tags: ['form'],
		...extra,
	}
}

const formBody = (request: FuzzRequest) =>
	request.body.kind === 'urlencoded' ||
	request.body.kind === 'multipart' ||
	(request.body.kind === 'raw' &&
		/^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(request.body.contentType ?? ''))

export const knownFailures: KnownFailure[] = [
	{
		id: 'non-form-body',
		kind: 'server-error',
		owner: 'edge',
		description:
			'A POST to a page action whose body is not a form (JSON, text, XML, no body, a broken multipart or urlencoded body) makes request.formData() throw: 500 instead of 415/400.',
		matches: (request, response, log) =>
			response.status === 500 &&
			request.mode !== 'resource' &&
			(!formBody(request) || request.tags.some((tag) => tag.startsWith('malformed') || tag === 'odd-charset')) &&
			/Failed to parse body as FormData|Content-Type was not one of/.test(log),
		example: {
			group: 'accounts',
			request: () =>
				post('/login', 'visitor', [], {
					body: { kind: 'raw', contentType: 'application/json', text: '{"email":"a@b.example"}' },
					tags: ['json-body'],
				}),
		},
	},
	{
		id: 'cross-origin-page-action',
		kind: 'server-error',
		owner: 'edge',
		description:
			'A page action posted with another site\'s Origin (or "null"): Remix\'s own CSRF check throws, 500 instead of 403.',
		matches: (request, response, log) =>
			response.status === 500 &&
			(request.origin === 'cross' || request.origin === 'null') &&
			/host header does not match `origin` header/.test(log),
		example: {
			group: 'accounts',
			request: () =>
				post(
					'/login',
					'visitor',
					[
						['email', 'someone@example.org'],
						['password', 'not the password 2026'],
					],
					{
						origin: 'cross',
						tags: ['form', 'cross-origin'],
					},
				),
		},
	},
	{
		id: 'nul-byte',
		kind: 'server-error',
		owner: 'edge',
		description:
			'A NUL byte in a path, query or form value reaches PostgreSQL ("invalid byte sequence"): 500 instead of 400.',
		matches: (request, response, log) =>
			response.status === 500 && hasNul(request) && /invalid byte sequence|0x00|22021|\\u0000/.test(log),
		example: { group: 'accounts', request: () => post('/organizations/a%00b/claim', 'loner', [['message', 'Mine.']]) },
	},
	{
		id: 'malformed-path-id',
		kind: 'server-error',
		owner: 'auth',
		description:
			'An id in the address that is not a UUID (36 zeros, "%", 300 characters) reaches PostgreSQL as a uuid: 500 instead of 404.',
		matches: (request, response, log) => {
			const value = refusedUuid(log)
			return response.status === 500 && Boolean(value) && decodedPath(request).includes(value!)
		},
		example: {
			group: 'curation',
			request: () => post(`/coordinator/reviews/${'0'.repeat(36)}`, 'coordinator', [['intent', 'approve']]),
		},
	},
	{
		id: 'path-id-in-redirect',
		kind: 'server-error',
		owner: 'auth',
		description:
			'Two actions act on a record named in the form (triage "message": a route; curation "revoke": a verification) without checking it against the id in the address, then redirect to a Location built from that unchecked id; an id with a NUL or a character above U+00FF makes the header throw: the write is committed and the answer is 500.',
		matches: (request, response, log) =>
			response.status === 500 &&
			/^\/coordinator\/(requests|listings)\//.test(request.path) &&
			/Cannot convert argument to a ByteString|is an invalid header value/.test(log) &&
			/at (Object\.)?redirect /.test(log),
		example: {
			group: 'requests',
			request: async () => {
				// A route with an open thread (the fuzz run before may have closed some).
				const route = await prisma().matchRoute.findFirstOrThrow({
					where: {
						status: { in: ['question', 'interested', 'introduced'] },
						request: { status: { not: 'closed' } },
					},
					select: { id: true },
				})
				return post('/coordinator/requests/%E2%80%AE', 'coordinator', [
					['intent', 'message'],
					['routeId', route.id],
					['body', 'When can you start?'],
				])
			},
		},
	},
	{
		id: 'email-taken-uses-up-link',
		owner: 'auth',
		kind: 'write-on-refusal',
		description:
			'Confirming an e-mail change to an address someone else took meanwhile answers "taken" but marks the link used (UserToken.usedAt), while the same refusal through the unique-constraint path leaves it unused.',
		matches: (request, response, _log, writes) =>
			request.path.startsWith('/verify-email') &&
			(response.data as { outcome?: string } | undefined)?.outcome === 'email-taken' &&
			totalRows(writes) === 1 &&
			writes['UserToken:UPDATE'] === 1,
		example: {
			group: 'accounts',
			request: async (world) => ({
				method: 'POST',
				path: '/verify-email',
				role: 'visitor',
				mode: 'data',
				origin: 'same',
				body: {
					kind: 'urlencoded',
					entries: [['token', await knownToken(world.users.member.userId, 'change_email', world.users.orgAdmin.email)]],
				},
				tags: ['form'],
			}),
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

export function knownFailureOf(
	kind: KnownFailure['kind'],
	request: FuzzRequest,
	response: FuzzResponse,
	log: string,
	writes: Writes,
): KnownFailure | undefined {
	return knownFailures.find((known) => known.kind === kind && known.matches(request, response, log, writes))
}
