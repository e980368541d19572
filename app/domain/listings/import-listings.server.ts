import { capacityOfFacilities, replaceCapacity, sameCapacity } from '../capacity/capacity-records.server.ts'
import type { CapacitySuites } from '../capacity/capacity-schema.ts'
import { randomUUID } from 'node:crypto'
import type { Listing, Prisma } from '~/generated/prisma/client.ts'
import { translator } from '~/i18n/messages.ts'
import { listingsChanged } from '~/outbox/topics.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { activeVerificationWhere } from './active-verification.ts'
import { decodeMessage, message, renderMessage, type FieldIssue } from '../messages.ts'
import {
	sectionOf,
	typedRecord,
	validateInterchangeRecords,
	type ListingType,
	type TypedListingRecord,
} from './interchange.ts'
import { contentColumns, listingContent, slugAllocator } from './to-database.ts'

// Bulk import of the interchange format (a coordinator action). Every record
// is validated with the one shared schema; valid records are upserted by
// `ref` in batches, each batch one transaction with its outbox and audit
// rows, so a failure never leaves a batch half-written; or, given a
// transaction, all batches in it (the browser's whole-file import).

export type ImportOutcome = 'created' | 'updated' | 'unchanged' | 'rejected'

/** One field's problem, for people (the English text) and for scripts (the message key and its parameters). */
export interface ReportedIssue {
	field: string
	key: string
	params: Record<string, string>
	message: string
}

export function reported(issues: readonly FieldIssue[]): ReportedIssue[] {
	const english = translator('en')
	return issues.map((issue) => ({
		field: issue.field,
		...decodeMessage(issue.message),
		message: renderMessage(english, issue.message, 'report'),
	}))
}

export interface ImportRecordResult {
	type: ListingType
	/** Position in its section, e.g. labs[3]. */
	position: string
	ref: string | undefined
	outcome: ImportOutcome
	issues?: ReportedIssue[]
}

export interface ImportReport {
	dryRun: boolean
	fileIssues: ReportedIssue[]
	counts: Record<ImportOutcome, number>
	results: ImportRecordResult[]
}

export interface ImportOptions {
	actorId: string | null
	dryRun?: boolean
	/** New listings wait for review; changes to existing listings become pending revisions. */
	asPending?: boolean
	batchSize?: number
	onProgress?: (done: number, total: number) => void
	now?: Date
	/**
	 * Write every batch in this one transaction instead of one transaction per
	 * batch: the browser's all-or-nothing import (decision 040). A failing batch
	 * then throws, since the whole transaction is lost.
	 */
	tx?: Prisma.TransactionClient
}

type ExistingListing = Pick<Listing, 'id' | 'type' | 'status'> & ReturnType<typeof contentOf>

// What tells whether a re-imported record changes its listing: the ref is how
// it was found, and the content language follows from the texts.
const comparableColumns = contentColumns.filter(
	(column): column is Exclude<(typeof contentColumns)[number], 'ref' | 'contentLocale'> =>
		column !== 'ref' && column !== 'contentLocale',
)

function contentOf(row: Record<string, unknown>) {
	return Object.fromEntries(comparableColumns.map((column) => [column, row[column]])) as Record<
		(typeof comparableColumns)[number],
		unknown
	>
}

function sameValue(a: unknown, b: unknown): boolean {
	if (a instanceof Date || b instanceof Date) {
		return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
	}
	if (Array.isArray(a) || Array.isArray(b)) {
		return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i])
	}
	return (a ?? null) === (b ?? null)
}

/** The capacity a facility's record carries; undefined leaves the facility's as it is. */
function capacityIn(typed: TypedListingRecord): CapacitySuites | undefined {
	return typed.type === 'facility' ? typed.record.capacity : undefined
}

interface PlannedWrite {
	result: ImportRecordResult
	typed: TypedListingRecord
	existing?: ExistingListing
	verified?: boolean
}

export async function importListings(input: unknown, options: ImportOptions): Promise<ImportReport> {
	const db = options.tx ?? prisma()
	const now = options.now ?? new Date()
	const validated = validateInterchangeRecords(input)
	const { records } = validated
	const fileIssues = reported(validated.fileIssues)
	const results: ImportRecordResult[] = []
	const report = (): ImportReport => ({
		dryRun: Boolean(options.dryRun),
		fileIssues,
		results,
		counts: {
			created: results.filter((r) => r.outcome === 'created').length,
			updated: results.filter((r) => r.outcome === 'updated').length,
			unchanged: results.filter((r) => r.outcome === 'unchanged').length,
			rejected: results.filter((r) => r.outcome === 'rejected').length,
		},
	})
	if (fileIssues.length) return report()

	const refs = records.flatMap((r) => (r.ref ? [r.ref] : []))
	const organizationRefs = records.flatMap((r) =>
		r.ok && 'organizationRef' in r.record && r.record.organizationRef ? [r.record.organizationRef] : [],
	)
	const existingRows = await db.listing.findMany({
		where: { ref: { in: [...new Set([...refs, ...organizationRefs])] } },
	})
	const existingByRef = new Map(
		existingRows.map((row) => [row.ref, { ...contentOf(row), id: row.id, type: row.type, status: row.status }]),
	)
	const capacityNow = await capacityOfFacilities(
		db,
		existingRows.filter((row) => row.type === 'facility').map((row) => row.id),
	)
	const verifiedNow = new Set(
		(
			await db.verification.findMany({
				where: {
					listingId: { in: existingRows.map((r) => r.id) },
					...activeVerificationWhere(now),
				},
				select: { listingId: true },
			})
		).map((v) => v.listingId),
	)
	// Organisations in this file count as existing for their labs, facilities and experts.
	const organizationsInFile = new Set(
		records.filter((r) => r.ok && r.type === 'organization' && r.ref).map((r) => r.ref as string),
	)

	const planned: PlannedWrite[] = []
	for (const validation of records) {
		const result: ImportRecordResult = {
			type: validation.type,
			position: `${sectionOf[validation.type]}[${validation.index}]`,
			ref: validation.ref,
			outcome: 'rejected',
		}
		results.push(result)
		if (!validation.ok) {
			result.issues = reported(validation.issues)
			continue
		}
		const typed = typedRecord(validation.type, validation.record as never)
		const existing = existingByRef.get(typed.record.ref)
		if (existing && existing.type !== typed.type) {
			result.issues = reported([
				{ field: 'ref', message: message('import.refTaken', { ref: typed.record.ref, type: existing.type }) },
			])
			continue
		}
		const organizationRef = 'organizationRef' in typed.record ? typed.record.organizationRef : undefined
		if (organizationRef) {
			const parent = existingByRef.get(organizationRef)
			const parentIsOrganization = parent ? parent.type === 'organization' : organizationsInFile.has(organizationRef)
			if (!parentIsOrganization) {
				result.issues = reported([
					{ field: 'organizationRef', message: message('import.noOrganization', { ref: organizationRef }) },
				])
				continue
			}
		}
		const verified = typed.record.verified
		if (existing) {
			const candidate = listingContent(typed, null)
			const parentId = organizationRef ? existingByRef.get(organizationRef)?.id : null
			const contentSame = comparableColumns.every((column) =>
				column === 'organizationId'
					? (parentId ?? null) === (existing.organizationId ?? null)
					: sameValue(candidate[column], existing[column]),
			)
			const verificationSame = verified === undefined || verified === verifiedNow.has(existing.id)
			const capacity = capacityIn(typed)
			const capacitySame = capacity === undefined || sameCapacity(capacity, capacityNow.get(existing.id) ?? [])
			result.outcome = contentSame && verificationSame && capacitySame ? 'unchanged' : 'updated'
		} else {
			result.outcome = 'created'
		}
		planned.push({ result, typed, existing, verified })
	}

	if (options.dryRun) return report()

	const writes = planned.filter((p) => p.result.outcome !== 'unchanged')
	const batchSize = options.batchSize ?? 200
	const slugs = new Map<ListingType, (name: string) => string>()
	for (const type of ['organization', 'lab', 'facility', 'expert'] as const) {
		const taken = await db.listing.findMany({ where: { type }, select: { slug: true } })
		slugs.set(type, slugAllocator(taken.map((t) => t.slug)))
	}
	const idByRef = new Map([...existingByRef].map(([ref, row]) => [ref, row.id]))

	options.onProgress?.(0, writes.length)
	// Organisations come first in `records`, so their ids exist before their children's batches.
	for (let start = 0; start < writes.length; start += batchSize) {
		const batch = writes.slice(start, start + batchSize)
		const inOneTransaction = options.tx
		try {
			const writeBatch = async (tx: Prisma.TransactionClient) => {
				const changedIds: string[] = []
				// New listings are written with one statement per batch: a corpus of
				// hundreds imports in about a second rather than one round-trip each.
				const creates: Prisma.ListingCreateManyInput[] = []
				const revisions: Prisma.ListingRevisionCreateManyInput[] = []
				const verifications: Prisma.VerificationCreateManyInput[] = []
				// Updates run after the creates: an existing lab may move to an organisation new in this batch.
				const updates: Array<() => Promise<unknown>> = []
				const capacityWrites: Array<() => Promise<unknown>> = []
				for (const write of batch) {
					const orgRef = 'organizationRef' in write.typed.record ? write.typed.record.organizationRef : undefined
					const organizationId = orgRef ? (idByRef.get(orgRef) ?? null) : null
					const content = listingContent(write.typed, organizationId)
					let listingId: string
					if (write.existing) {
						listingId = write.existing.id
						if (options.asPending) {
							revisions.push({ listingId, authorId: options.actorId, payload: write.typed.record as object })
						} else {
							const { ref: _ref, ...update } = content
							const id = listingId
							updates.push(() => tx.listing.update({ where: { id }, data: { ...update, updatedAt: now } }))
						}
					} else {
						listingId = randomUUID()
						idByRef.set(content.ref, listingId)
						creates.push({
							...content,
							id: listingId,
							type: write.typed.type,
							slug: slugs.get(write.typed.type)!(content.name),
							status: options.asPending ? 'pending_review' : 'published',
							publishedAt: options.asPending ? null : now,
							createdAt: now,
							updatedAt: now,
						})
						if (options.asPending) {
							revisions.push({ listingId, authorId: options.actorId, payload: write.typed.record as object })
						}
					}
					// Capacity is kept live, not reviewed (docs/decisions/042): a pending import leaves it for the editor.
					const capacity = capacityIn(write.typed)
					if (capacity !== undefined && !options.asPending) {
						const id = listingId
						capacityWrites.push(() => replaceCapacity(tx, id, capacity))
					}
					if (write.verified === true && !verifiedNow.has(listingId) && !options.asPending) {
						verifications.push({ listingId, verifiedById: options.actorId, reference: 'import' })
					}
					if (write.verified === false && verifiedNow.has(listingId) && !options.asPending) {
						const id = listingId
						updates.push(() =>
							tx.verification.updateMany({ where: { listingId: id, revokedAt: null }, data: { revokedAt: now } }),
						)
					}
					changedIds.push(listingId)
				}
				// Parents before children: createMany keeps the order of its rows.
				await tx.listing.createMany({ data: creates })
				for (const update of updates) await update()
				for (const write of capacityWrites) await write()
				await tx.listingRevision.createMany({ data: revisions })
				await tx.verification.createMany({ data: verifications })
				await listingsChanged(tx, changedIds)
				await recordAudit(tx, {
					actorId: options.actorId,
					action: options.asPending ? 'listing.import.pending' : 'listing.import',
					entityType: 'import',
					entityId: now.toISOString(),
					changes: {
						created: batch.filter((w) => w.result.outcome === 'created').map((w) => w.typed.record.ref),
						updated: batch.filter((w) => w.result.outcome === 'updated').map((w) => w.typed.record.ref),
					},
				})
			}
			if (inOneTransaction) await writeBatch(inOneTransaction)
			else await prisma().$transaction(writeBatch, { timeout: 120_000 })
		} catch (error) {
			if (inOneTransaction) throw error
			// The whole batch rolled back: report each of its records as rejected, and continue with the next batch.
			const reason = error instanceof Error ? error.message.split('\n').slice(-1)[0]! : String(error)
			for (const write of batch) {
				write.result.outcome = 'rejected'
				write.result.issues = reported([{ field: 'record', message: message('import.batchFailed', { reason }) }])
				if (!write.existing) idByRef.delete(write.typed.record.ref)
			}
		}
		options.onProgress?.(Math.min(start + batchSize, writes.length), writes.length)
	}
	return report()
}
