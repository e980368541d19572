import { belongsTo, can, type Actor } from '../auth/permissions.ts'

/**
 * Who keeps an owner's tokens: an organisation's established admins keep its
 * tokens, hub staff keep the hub's (organisationId null). Staff keep no
 * organisation's tokens: a token acts for its organisation, so its
 * organisation decides about it.
 */
export function keepsTokensOf(actor: Actor, organizationId: string | null): boolean {
	return organizationId === null
		? can(actor, 'coordinator.enter')
		: belongsTo(actor, organizationId, 'admin', { established: true })
}
