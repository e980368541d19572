import { redirect } from '@remix-run/node'
import type { DirectoryViewer } from '~/domain/directory/viewer.server.ts'
import {
	assertCan,
	audienceOf,
	can,
	PermissionDenied,
	type Actor,
	type Audience,
	type Permission,
	type RecordScope,
	type Viewer,
} from '~/domain/auth/permissions.ts'
import { viewerOfSession } from '~/domain/auth/viewer-of-session.server.ts'
import { noteRequestUser } from '~/utils/request-context.server.ts'
import { requireFound } from './params.server.ts'
import { sessionToken } from './session-cookie.server.ts'

// The one way loaders and actions learn who is asking and whether they may:
//   const viewer = await getViewer(request)            // Actor or null (visitor)
//   const actor = await requireActor(request)          // redirects visitors to /login
//   await requirePermission(request, 'listing.edit', { organizationId })  // 403 otherwise
//   const { actor, view } = await requireViewOf(request, (actor) => find(actor, id))  // 404 otherwise

const viewerCache = new WeakMap<Request, Promise<Viewer>>()

/** Who is signed in, read once per request. */
export function getViewer(request: Request): Promise<Viewer> {
	let viewer = viewerCache.get(request)
	if (!viewer) {
		viewer = viewerOfSession(sessionToken(request)).then((found) => {
			noteRequestUser(found?.userId)
			return found
		})
		viewerCache.set(request, viewer)
	}
	return viewer
}

function loginRedirect(request: Request) {
	const url = new URL(request.url)
	const back = `${url.pathname}${url.search}`
	return redirect(`/login?redirectTo=${encodeURIComponent(back)}`)
}

export async function requireActor(request: Request): Promise<Actor> {
	const viewer = await getViewer(request)
	if (!viewer) throw loginRedirect(request)
	return viewer
}

/**
 * The signed-in person's view of one record, or a 404: `find` applies the
 * record's own access rules and answers null for what this person may not
 * see, so that a record they may not see looks exactly like one that does
 * not exist.
 */
export async function requireViewOf<View>(
	request: Request,
	find: (actor: Actor) => Promise<View | null | undefined>,
): Promise<{ actor: Actor; view: View }> {
	const actor = await requireActor(request)
	return { actor, view: requireFound(await find(actor)) }
}

/**
 * Visitors are sent to sign in; signed-in users without the permission get
 * 403. Record scope decides own-organisation checks, so swapping an id in a
 * URL or form never reaches another organisation's data.
 */
export async function requirePermission(
	request: Request,
	permission: Permission,
	record: RecordScope = {},
): Promise<Actor> {
	const viewer = await getViewer(request)
	if (!viewer) throw loginRedirect(request)
	try {
		assertCan(viewer, permission, record)
	} catch (error) {
		// An unconfirmed address is what stands between most people and most pages: say that rather than who the page is for.
		if (error instanceof PermissionDenied) throw forbidden(viewer.emailVerified ? audienceOf(permission) : 'unverified')
		throw error
	}
	return viewer
}

/** Why a signed-in person was refused: whom the page is for, or that their address is not confirmed yet. */
export type ForbiddenReason = Audience | 'unverified'

/**
 * The 403 for a signed-in person who may not do this; the error boundary
 * says why in general terms (from `reason`) and what they can do instead.
 */
export function forbidden(reason?: ForbiddenReason): Response {
	// A thrown Response, as before, so callers and tests that look for one still find it.
	return Response.json({ forbidden: reason ?? null }, { status: 403 })
}

/** The viewer behind a request as the directory sees it: members see member-only fields and members-only profiles. */
export async function directoryViewer(request: Request): Promise<DirectoryViewer> {
	return { isMember: can(await getViewer(request), 'directory.readMemberFields') }
}
