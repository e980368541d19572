// Calling loaders and actions the way Remix does (a Request with the session
// cookie), for the permission matrices: the answer is reduced to what the
// browser would see, a status, a redirect target and the data.

export interface Outcome {
	status: number
	location?: string | null
	body?: unknown
}

type RouteFunction = (args: { request: Request; params: Record<string, string>; context: object }) => unknown

/** A GET, or a POST of the form's fields, with the given session cookie (none for a visitor). */
export function requestWithCookie(
	cookie: string | undefined,
	path: string,
	form?: Record<string, string | string[]>,
): Request {
	const headers = new Headers()
	if (cookie) headers.set('Cookie', cookie)
	if (!form) return new Request(`http://hub.test${path}`, { headers })
	const body = new FormData()
	for (const [name, value] of Object.entries(form)) for (const entry of [value].flat()) body.append(name, entry)
	return new Request(`http://hub.test${path}`, { method: 'POST', body, headers })
}

/** Runs a loader or action as Remix would and reduces the answer to status, redirect target and data. */
export async function callRoute(fn: unknown, req: Request, params: Record<string, string> = {}): Promise<Outcome> {
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
