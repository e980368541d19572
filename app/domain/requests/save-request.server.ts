import { randomBytes } from 'node:crypto'
import type { Prisma } from '~/generated/prisma/client.ts'
import type { Locale } from '~/i18n/locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { belongsTo, type Actor } from '../auth/permissions.ts'
import { visibleListingsWhere } from '../directory/viewer.server.ts'
import { notifyHub } from './notify.server.ts'
import { RuleError } from '../rules.ts'
import type { RequestFields, RequestIntent } from './request-form-schema.ts'
import { auditRequest, lockRequest, requestTransition } from './request-records.server.ts'
import { storeSuggestions, suggestionsFor, type StoredSuggestion } from './request-suggestions.server.ts'

export interface SaveRequestOptions {
	actor: Actor
	/** Absent for a new request. */
	requestId?: string
	fields: RequestFields
	intent: RequestIntent
	/** The language the member wrote in (the page's language). */
	contentLocale: Locale
	baseUrl: string
	now?: Date
}

function newRequestRef() {
	return `req-${randomBytes(4).toString('hex')}`
}

function columnsOf(fields: RequestFields, contentLocale: string) {
	return {
		organizationId: fields.organizationId,
		title: fields.title,
		teaser: fields.teaser ?? '',
		description: fields.description ?? '',
		contentLocale,
		services: fields.services,
		modalities: fields.modalities,
		phase: fields.phase ?? null,
		neededBy: fields.neededBy ? new Date(`${fields.neededBy}T00:00:00Z`) : null,
		requiredGrades: fields.requiredGrades,
		requiredLicences: fields.requiredLicences,
		preferredListingType: fields.preferredListingType ?? null,
		confidentiality: fields.confidentiality,
	} satisfies Prisma.MatchRequestUncheckedUpdateInput
}

/** The listing an "Ask the hub" form started from, refused unless members can still find it published. */
async function publishedOrigin(listingId: string | undefined): Promise<string | null> {
	if (!listingId) return null
	const found = await prisma().listing.count({ where: { ...visibleListingsWhere({ isMember: true }), id: listingId } })
	if (!found) throw new RuleError('started-from-not-published', 'startedFromListingId')
	return listingId
}

type Tx = Prisma.TransactionClient

/**
 * A new request, as a draft, inside the caller's transaction: saveRequest's
 * first step, and how an establishment enquiry becomes its sender's request
 * (establishment/enquiries/turn-into-request.server.ts), so both write the
 * same row and audit entry. The actor is whom the request is written for.
 */
export async function createDraftRequest(
	tx: Tx,
	options: {
		actor: Actor
		fields: RequestFields
		contentLocale: Locale
		startedFromListingId?: string | null
		now: Date
	},
): Promise<string> {
	if (!belongsTo(options.actor, options.fields.organizationId, undefined, { established: true }))
		throw new RuleError('organization-not-allowed', 'organizationId')
	const created = await tx.matchRequest.create({
		data: {
			...columnsOf(options.fields, options.contentLocale),
			startedFromListingId: options.startedFromListingId ?? null,
			ref: newRequestRef(),
			createdById: options.actor.userId,
			createdAt: options.now,
			updatedAt: options.now,
		},
		select: { id: true },
	})
	await auditRequest(tx, options.actor, 'request.created', created.id)
	return created.id
}

/**
 * Saves a member's request as a draft, or submits it to the hub: the request,
 * its suggested candidates (with reasons), the audit entry and the
 * coordinators' notifications commit together. Only drafts can be edited;
 * once submitted, changes go through the coordinator.
 */
export async function saveRequest(options: SaveRequestOptions): Promise<{ requestId: string; submitted: boolean }> {
	const { actor, fields, intent } = options
	const now = options.now ?? new Date()
	// A provisional membership (an organisation nobody has approved yet) does not speak for it to the hub.
	if (!belongsTo(actor, fields.organizationId, undefined, { established: true }))
		throw new RuleError('organization-not-allowed', 'organizationId')
	const columns = columnsOf(fields, options.contentLocale)
	// Only a new request records where it started; editing a draft never moves that.
	const startedFromListingId = options.requestId ? null : await publishedOrigin(fields.startedFromListingId)
	if (
		intent === 'submit' &&
		columns.neededBy &&
		columns.neededBy.toISOString().slice(0, 10) < now.toISOString().slice(0, 10)
	)
		throw new RuleError('needed-by-in-past', 'neededBy')

	// Ranking reads the whole directory: do it before the transaction holds any lock.
	const suggestions: StoredSuggestion[] =
		intent === 'submit' ? await suggestionsFor({ ...columns, ref: options.requestId ?? 'new' }, actor) : []

	return prisma().$transaction(async (tx) => {
		let requestId: string
		if (options.requestId) {
			const existing = await lockRequest(tx, options.requestId)
			if (!belongsTo(actor, existing.organizationId)) throw new RuleError('request-not-found')
			if (existing.status !== 'draft') throw new RuleError('transition-not-allowed')
			await tx.matchRequest.update({ where: { id: existing.id }, data: { ...columns, updatedAt: now } })
			requestId = existing.id
		} else {
			requestId = await createDraftRequest(tx, {
				actor,
				fields,
				contentLocale: options.contentLocale,
				startedFromListingId,
				now,
			})
		}
		if (intent !== 'submit') return { requestId, submitted: false }

		const status = requestTransition('draft', 'submit')
		await tx.matchRequest.update({ where: { id: requestId }, data: { status, submittedAt: now } })
		await storeSuggestions(tx, requestId, suggestions)
		await auditRequest(tx, actor, 'request.submitted', requestId, { suggestions: suggestions.length })
		await notifyHub(
			tx,
			requestId,
			{ kind: 'request.submitted', title: columns.title, quote: columns.teaser },
			{ baseUrl: options.baseUrl, exceptUserId: actor.userId },
		)
		return { requestId, submitted: true }
	})
}
