import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { logOut } from '~/domain/auth/log-out.server.ts'
import { clearedSessionCookie } from '~/domain/auth/session.server.ts'
import { sessionToken } from '~/domain/auth/viewer.server.ts'

// POST only: a link or an image on another site must not be able to sign
// people out. Visiting /logout just goes home.
export function loader() {
	return redirect('/')
}

export async function action({ request }: ActionFunctionArgs) {
	await logOut(sessionToken(request))
	return redirect('/', { headers: { 'Set-Cookie': clearedSessionCookie(request) } })
}
