import { prisma } from '~/utils/db.server.ts'
import { belongsTo, type Actor } from '../auth/permissions.ts'
import { notifyHub } from './notify.server.ts'
import { seesOnOpenCallBoard } from './request-access.ts'
import { RuleError } from '../rules.ts'
import { auditRequest, lockRequest } from './request-records.server.ts'
import { isUniqueViolation } from '../accounts/unique-violation.ts'

/**
 * A member answers an open call from the board for one of their
 * organisations. The coordinator sees the interest beside the suggestions and
 * decides whether to route; routing such a provider starts its route as
 * "interested", with these words as its answer.
 */
export async function expressInterest(options: {
	actor: Actor
	requestId: string
	organizationId: string
	message: string
	baseUrl: string
	now?: Date
}): Promise<void> {
	if (!belongsTo(options.actor, options.organizationId, undefined, { established: true }))
		throw new RuleError('organization-not-allowed', 'organizationId')
	try {
		await prisma().$transaction(async (tx) => {
			const request = await lockRequest(tx, options.requestId)
			if (!seesOnOpenCallBoard(options.actor, request)) throw new RuleError('not-an-open-call')
			if (request.organizationId === options.organizationId) throw new RuleError('own-request', 'organizationId')
			const organization = await tx.listing.findFirst({
				where: { id: options.organizationId, type: 'organization' },
				select: { name: true },
			})
			if (!organization) throw new RuleError('organization-not-allowed', 'organizationId')
			await tx.openCallInterest.create({
				data: {
					requestId: request.id,
					organizationId: options.organizationId,
					userId: options.actor.userId,
					message: options.message,
					createdAt: options.now ?? new Date(),
				},
			})
			await auditRequest(tx, options.actor, 'openCall.interest', request.id, {
				organizationId: options.organizationId,
			})
			await notifyHub(
				tx,
				request.id,
				{ kind: 'openCall.interest', title: request.title, provider: organization.name, quote: options.message },
				{ baseUrl: options.baseUrl },
			)
		})
	} catch (error) {
		if (isUniqueViolation(error)) throw new RuleError('interest-already-expressed')
		throw error
	}
}
