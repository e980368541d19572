import { prisma } from '~/utils/db.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { isUuid, lockRequest } from './request-records.server.ts'
import { storeSuggestions, suggestionsFor } from './request-suggestions.server.ts'

/** Ranks again (the directory changes while a request waits) and updates the candidates' scores and reasons. */
export async function refreshSuggestions(options: {
	actor: Actor
	requestId: string
}): Promise<{ suggestions: number }> {
	assertCan(options.actor, 'request.triage')
	if (!isUuid(options.requestId)) throw new RuleError('request-not-found')
	const request = await prisma().matchRequest.findUnique({ where: { id: options.requestId } })
	if (!request || request.status === 'draft') throw new RuleError('request-not-found')
	const suggestions = await suggestionsFor(request, options.actor)
	await prisma().$transaction(async (tx) => {
		await lockRequest(tx, request.id)
		await storeSuggestions(tx, request.id, suggestions)
	})
	return { suggestions: suggestions.length }
}
