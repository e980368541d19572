import { redirect } from '@remix-run/node'
import { prisma } from '~/utils/db.server.ts'
import { noteRequestUser } from '~/utils/request-context.server.ts'
import { membershipGivingRights } from './membership-rights.ts'
import { readCookie } from '~/i18n/locale.ts'
import { awaitsFirstApproval } from '../curation/organization-dependency.ts'
import {
	assertCan,
	PermissionDenied,
	type Actor,
	type Permission,
	type RecordScope,
	type Viewer,
} from './permissions.ts'
import { resolveSession, sessionCookieName } from './session.server.ts'

// The one way loaders and actions learn who is asking and whether they may:
//   const viewer = await getViewer(request)            // Actor or null (visitor)
//   const actor = await requireActor(request)          // redirects visitors to /login
//   await requirePermission(request, 'listing.edit', { organizationId })  // 403 otherwise

export function sessionToken(request: Request): string | undefined {
	return readCookie(request.headers.get('Cookie'), sessionCookieName(request))
}

const viewerCache = new WeakMap<Request, Promise<Viewer>>()

/** Who is signed in, read once per request. */
export function getViewer(request: Request): Promise<Viewer> {
	let viewer = viewerCache.get(request)
	if (!viewer) {
		viewer = loadViewer(request)
		viewerCache.set(request, viewer)
	}
	return viewer
}

async function loadViewer(request: Request): Promise<Viewer> {
	const session = await resolveSession(sessionToken(request))
	if (!session) return null
	const user = await prisma().user.findUnique({
		where: { id: session.userId },
		select: {
			id: true,
			platformRole: true,
			emailVerifiedAt: true,
			// An archived organisation speaks for no one: its members keep their accounts but lose every
			// right its membership gave (member-only fields, requests, answers, its listings).
			memberships: {
				where: membershipGivingRights,
				select: { organizationId: true, role: true, organization: { select: { status: true } } },
			},
		},
	})
	if (!user) return null
	noteRequestUser(user.id)
	return {
		userId: user.id,
		platformRole: user.platformRole,
		emailVerified: Boolean(user.emailVerifiedAt),
		memberships: user.memberships.map(({ organizationId, role, organization }) => ({
			organizationId,
			role,
			...(awaitsFirstApproval(organization.status) ? { provisional: true } : {}),
		})),
	}
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
	find: (actor: Actor) => Promise<View | null>,
): Promise<{ actor: Actor; view: View }> {
	const actor = await requireActor(request)
	const view = await find(actor)
	if (!view) throw new Response('Not found', { status: 404 })
	return { actor, view }
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
		if (error instanceof PermissionDenied) throw new Response('Forbidden', { status: 403 })
		throw error
	}
	return viewer
}
