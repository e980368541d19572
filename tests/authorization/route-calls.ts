// Calling loaders and actions the way Remix does (a Request carrying the
// session cookie), reduced to what a permission matrix compares: the status,
// where a redirect goes, and the data.
import { describe, expect, it } from 'vitest'
import { createUser } from '../curation/factories.ts'
import { sessionCookie } from '../accounts/factories.ts'

export const roles = ['visitor', 'memberOfA', 'adminOfA', 'memberOfB', 'coordinator', 'platformAdmin'] as const
export type Role = (typeof roles)[number]

export interface Outcome {
	status: number
	location?: string | null
	body?: unknown
}

export type Expectation = 'allowed' | 'denied'

/** A matrix row's expectations: the `allowed` roles may, every other one of `matrixRoles` may not. */
export function allowedOnly<R extends string>(
	matrixRoles: readonly R[],
	allowed: readonly R[],
): Record<R, Expectation> {
	return Object.fromEntries(matrixRoles.map((role) => [role, allowed.includes(role) ? 'allowed' : 'denied'])) as Record<
		R,
		Expectation
	>
}

export const staffOnly = allowedOnly(roles, ['coordinator', 'platformAdmin'])

export interface MatrixCase<R extends string = Role> {
	name: string
	expected: Record<R, Expectation>
	/** Performs the request as this role; `isAllowed` says whether the outcome counts as success. */
	run(role: R): Promise<Outcome>
	isAllowed(outcome: Outcome): boolean
	/** For denied requests: what must not have been written. */
	nothingWritten?(role: R): Promise<void>
}

/**
 * A refusal as people meet it: visitors are sent to log in (and back), everyone else gets
 * `status`: 403 says "not for you", 404 hides that the thing exists.
 */
export function expectRefused(role: string, outcome: Outcome, status: 403 | 404 = 403) {
	if (role === 'visitor') {
		expect(outcome.status).toBe(302)
		expect(outcome.location).toMatch(/^\/login\?redirectTo=/)
	} else {
		expect(outcome.status).toBe(status)
	}
}

/**
 * Every case for every role: allowed roles succeed; denied ones are refused
 * (`expectDenied`, by default login for visitors and 403 for the rest) and
 * leave nothing behind.
 */
export function walkMatrix<R extends string, C extends MatrixCase<R>>(
	cases: C[],
	options: {
		roles: readonly R[]
		expectDenied?: (role: R, outcome: Outcome, matrixCase: C) => void
	},
) {
	const expectDenied = options.expectDenied ?? ((role: R, outcome: Outcome) => expectRefused(role, outcome))
	describe.each(cases)('$name', (matrixCase) => {
		it.each(options.roles)('%s', async (role) => {
			const outcome = await matrixCase.run(role)
			const expected = matrixCase.expected[role]
			expect({ role, allowed: matrixCase.isAllowed(outcome) }).toEqual({ role, allowed: expected === 'allowed' })
			if (expected === 'denied') {
				expectDenied(role, outcome, matrixCase)
				await matrixCase.nothingWritten?.(role)
			}
		})
	})
}

type RouteFunction = (args: { request: Request; params: Record<string, string>; context: object }) => unknown

/** A signed-in session cookie for each user, and none for the visitor: what the matrices send as each role. */
export async function sessionCookies<R extends string>(
	users: Record<Exclude<R, 'visitor'>, { userId: string }>,
): Promise<Map<R | 'visitor', string | undefined>> {
	const cookies = new Map<R | 'visitor', string | undefined>([['visitor', undefined]])
	for (const [role, user] of Object.entries(users) as Array<[R, { userId: string }]>) {
		cookies.set(role, await sessionCookie(user.userId))
	}
	return cookies
}

/** One signed-in session per role (none for the visitor): members and an admin of A, a member of B, staff. */
export async function sessionsForRoles(organizations: { a: string; b: string }) {
	const users = {
		memberOfA: await createUser({ memberships: [{ organizationId: organizations.a, role: 'member' }] }),
		adminOfA: await createUser({ memberships: [{ organizationId: organizations.a, role: 'admin' }] }),
		memberOfB: await createUser({ memberships: [{ organizationId: organizations.b }] }),
		coordinator: await createUser({ platformRole: 'coordinator' }),
		platformAdmin: await createUser({ platformRole: 'platform_admin' }),
	}
	return { cookies: (await sessionCookies<Role>(users)) as Map<Role, string | undefined>, users }
}

export function requestAs(cookie: string | undefined, path: string, form?: Record<string, string | string[]>): Request {
	const headers = new Headers()
	if (cookie) headers.set('Cookie', cookie)
	if (!form) return new Request(`http://hub.test${path}`, { headers })
	const body = new FormData()
	for (const [name, value] of Object.entries(form)) for (const entry of [value].flat()) body.append(name, entry)
	return new Request(`http://hub.test${path}`, { method: 'POST', body, headers })
}

/** Runs a loader or action as Remix would and reduces the answer to status, redirect target and data. */
export async function call(fn: unknown, req: Request, params: Record<string, string> = {}): Promise<Outcome> {
	try {
		const result = await (fn as RouteFunction)({ request: req, params, context: {} })
		if (result instanceof Response) return { status: result.status, location: result.headers.get('Location') }
		if (result && typeof result === 'object' && (result as { type?: unknown }).type === 'DataWithResponseInit') {
			const { data, init } = result as { data: unknown; init: ResponseInit | null }
			return { status: init?.status ?? 200, body: data }
		}
		return { status: 200, body: result }
	} catch (thrown) {
		if (thrown instanceof Response) return { status: thrown.status, location: thrown.headers.get('Location') }
		throw thrown
	}
}
