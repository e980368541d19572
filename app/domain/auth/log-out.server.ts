import { endAllSessions, endSession, resolveSession } from './session.server.ts'

/**
 * Logging out ends every session of the account, not only this browser's,
 * as a password change does: a phone left signed in somewhere, or a shared
 * lab computer, is signed out by the same click. The price is signing in
 * again on one's other devices.
 */
export async function logOut(token: string | null | undefined): Promise<void> {
	const session = await resolveSession(token)
	if (session) await endAllSessions(session.userId)
	else await endSession(token)
}
