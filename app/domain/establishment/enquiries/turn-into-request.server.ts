import { isLocale } from '~/i18n/locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { mayActForEstablishmentOffice } from '../../auth/establishment-office.ts'
import { PermissionDenied, type Actor } from '../../auth/permissions.ts'
import { viewerOfUser } from '../../auth/viewer-of-session.server.ts'
import { notify, requestPaths } from '../../requests/notify.server.ts'
import { createDraftRequest } from '../../requests/save-request.server.ts'
import { requestLimits } from '../../requests/request-form-schema.ts'
import { RuleError } from '../../rules.ts'
import { enquiryStatusesInQueue } from '../enquiry-lifecycle.ts'
import { auditEnquiry, lockEnquiry } from './enquiry-records.server.ts'

/** The request's title: the enquiry's first line, cut at a word if it is long. */
function titleOf(company: string, need: string): string {
	const firstLine = need.split('\n')[0]!.trim()
	const text = `${company}: ${firstLine}`
	if (text.length <= 120) return text
	const cut = text.slice(0, 120)
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).trimEnd()} …`
}

/**
 * The office turns an enquiry a member sent signed in into a draft match
 * request of that member's organisation (the request use case writes it, in
 * this transaction): the member is told, checks it and sends it to the hub.
 * The two are linked both ways; an enquiry becomes one request at most.
 */
export async function turnEnquiryIntoRequest(options: {
	actor: Actor
	enquiryId: string
	baseUrl: string
	now?: Date
}): Promise<{ requestId: string }> {
	if (!mayActForEstablishmentOffice(options.actor)) throw new PermissionDenied('establishment.workEnquiries')
	const now = options.now ?? new Date()
	return prisma().$transaction(async (tx) => {
		const enquiry = await lockEnquiry(tx, options.enquiryId)
		if (!enquiryStatusesInQueue.includes(enquiry.status)) throw new RuleError('transition-not-allowed')
		if (enquiry.matchRequestId) throw new RuleError('enquiry-already-requested')
		const sender = enquiry.senderUserId ? await viewerOfUser(enquiry.senderUserId) : null
		const organizationId = sender?.emailVerified
			? sender.memberships.find((membership) => !membership.provisional)?.organizationId
			: undefined
		if (!sender || !organizationId) throw new RuleError('enquiry-without-organization')
		const details = [
			enquiry.need,
			[enquiry.sizeText, enquiry.sizeValue && enquiry.sizeUnit ? `${enquiry.sizeValue} ${enquiry.sizeUnit}` : null]
				.filter(Boolean)
				.join(' · '),
			enquiry.timing ?? '',
		]
			.filter(Boolean)
			.join('\n\n')
		const requestId = await createDraftRequest(tx, {
			actor: sender,
			fields: {
				organizationId,
				title: titleOf(enquiry.company, enquiry.need).slice(0, requestLimits.title),
				description: details.slice(0, requestLimits.description),
				services: [],
				modalities: [],
				requiredGrades: [],
				requiredLicences: [],
				confidentiality: 'hub_only',
			},
			contentLocale: isLocale(enquiry.locale) ? enquiry.locale : 'en',
			now,
		})
		await tx.establishmentEnquiry.update({
			where: { id: enquiry.id },
			data: { matchRequestId: requestId, updatedAt: now },
		})
		await auditEnquiry(tx, options.actor, 'enquiry.requestMade', enquiry.id, { requestId })
		const recipient = await tx.user.findUniqueOrThrow({
			where: { id: sender.userId },
			select: { id: true, email: true, preferredLocale: true },
		})
		await notify(
			tx,
			[recipient],
			{ kind: 'enquiry.requestMade', title: enquiry.company, path: requestPaths.requester(requestId) },
			{ baseUrl: options.baseUrl },
		)
		return { requestId }
	})
}
