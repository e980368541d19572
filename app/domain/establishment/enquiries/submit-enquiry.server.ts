import type { Locale } from '~/i18n/locale.ts'
import { queueMail } from '~/mail/queue-mail.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { HONEYPOT_FIELD } from '../../auth/honeypot-field.ts'
import type { Actor } from '../../auth/permissions.ts'
import { consumeRateLimit, rateLimitKey, type RateLimitRule } from '../../auth/rate-limit.server.ts'
import { RuleError } from '../../rules.ts'
import { fieldIssues } from '../../messages.ts'
import { enquiryFormSchema, type EnquiryInput } from './enquiry-schema.ts'
import { auditEnquiry, enquiryLinkPath, issueEnquiryLink, notifyOffice } from './enquiry-records.server.ts'

/**
 * Enquiries one address may send in an hour without an account, as many as sign-ups: a company asks
 * once or twice (an office behind one address a few times more), a script hundreds.
 */
export const enquiryRateLimit: RateLimitRule = { limit: 10, windowMs: 60 * 60_000 }

export type SubmitEnquiryResult =
	/** A visitor's enquiry waits for the address to be confirmed (and a bot caught by the honeypot hears the same). */
	| { kind: 'check-mail' }
	/** A member with a confirmed address: it reached the office at once. */
	| { kind: 'sent'; enquiryId: string }
	| { kind: 'rate-limited'; retryAfterSeconds: number }

export interface SubmitEnquiryContext {
	/** The signed-in sender, if any. */
	actor: Actor | null
	ip: string
	/** The page's language: the enquirer's mails are written in it. */
	locale: Locale
	baseUrl: string
	now?: Date
}

/** The published offer an "I'm interested" form names; one that went away leaves a general enquiry. */
async function offerIdOf(slug: string | undefined): Promise<string | null> {
	if (!slug) return null
	const offer = await prisma().establishmentOffer.findFirst({ where: { slug, published: true }, select: { id: true } })
	return offer?.id ?? null
}

/**
 * A company's enquiry to the establishment office. A signed-in member with a
 * confirmed address reaches the office at once; anyone else gets a mail with
 * a link to confirm first, and until then the office does not see it.
 */
export async function submitEnquiry(raw: unknown, context: SubmitEnquiryContext): Promise<SubmitEnquiryResult> {
	const parsed = enquiryFormSchema.safeParse(raw)
	if (!parsed.success) throw RuleError.invalid(fieldIssues(parsed.error))
	const input: EnquiryInput = parsed.data
	if (input[HONEYPOT_FIELD]) return { kind: 'check-mail' }
	const now = context.now ?? new Date()
	const { actor } = context
	const trusted = actor?.emailVerified === true
	if (!trusted) {
		const limit = await consumeRateLimit(rateLimitKey('enquiry:ip', context.ip), enquiryRateLimit, now)
		if (!limit.allowed) return { kind: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds }
	}
	const offerId = await offerIdOf(input.offer)
	return prisma().$transaction(async (tx) => {
		const enquiry = await tx.establishmentEnquiry.create({
			data: {
				offerId,
				company: input.company,
				need: input.need,
				sizeText: input.sizeText ?? null,
				sizeValue: input.sizeValue ?? null,
				sizeUnit: input.sizeUnit ?? null,
				timing: input.timing ?? null,
				contactName: input.contactName,
				contactEmail: input.contactEmail,
				contactPhone: input.contactPhone ?? null,
				locale: context.locale,
				senderUserId: actor?.userId ?? null,
				status: trusted ? 'open' : 'unconfirmed',
				confirmedAt: trusted ? now : null,
				createdAt: now,
				updatedAt: now,
			},
			select: { id: true, company: true },
		})
		await auditEnquiry(tx, actor, 'enquiry.submitted', enquiry.id, { offerId, confirmed: trusted })
		if (trusted) {
			await notifyOffice(tx, enquiry, 'enquiry.received', { baseUrl: context.baseUrl, exceptUserId: actor.userId })
			return { kind: 'sent', enquiryId: enquiry.id }
		}
		const token = await issueEnquiryLink(tx, enquiry.id)
		await queueMail(tx, 'enquiryConfirm', {
			to: input.contactEmail,
			locale: context.locale,
			baseUrl: context.baseUrl,
			name: input.contactName,
			company: input.company,
			path: enquiryLinkPath(token),
			token,
		})
		return { kind: 'check-mail' }
	})
}
