import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import type { Actor } from '../auth/permissions.ts'
import { prisma } from '~/utils/db.server.ts'
import { listingTypes, type ListingType } from '../listings/interchange.ts'
import { runImport, storableReport, type ImportPreview } from './import-preview.server.ts'
import { uploadFormats, type UploadFormat } from './read-upload.ts'

// "Confirm import" (and "Run it again" after an interruption): the stored
// file is imported in ONE transaction, together with the upload's move to
// 'applied' (decision 040). A file with a rejected record (the directory may
// have changed since its preview) rolls back and is 'refused'; a server
// restart in the middle rolls back too, so an import is either wholly saved
// or not at all. The process running it holds a lease on the upload, renewed
// while it runs, as background tasks do (app/outbox/timers.server.ts): an
// upload still 'applying' whose lease has lapsed was interrupted, and may be
// run again. Importing the same file again reports every record unchanged.

/** How long a run holds the upload without renewing; renewed every third of it. */
export const IMPORT_LEASE_MS = 60_000
/** How often the progress is written: often enough for the page, rarely enough for the database. */
const PROGRESS_EVERY_MS = 500
/** A whole file of the largest size allowed, on a slow machine, with room to spare. */
const TRANSACTION_TIMEOUT_MS = 20 * 60_000

function failureOf(error: unknown): string {
	return (error instanceof Error ? error.message.split('\n').slice(-1)[0]! : String(error)).slice(0, 300)
}

/** Thrown inside the transaction to roll it back when a record is rejected. */
class Refused extends Error {
	constructor(readonly report: ImportPreview) {
		super('refused')
	}
}

/** Thrown inside the transaction when another run took the upload over (this one outlived its lease). */
class LeaseLost extends Error {}

/**
 * Takes the upload for this process: a previewed one, or one whose import
 * was interrupted (still 'applying', its lease lapsed or never taken). The
 * database's clock decides, so every process agrees on what has lapsed.
 */
async function claim(uploadId: string, holder: string): Promise<boolean> {
	const claimed = await prisma().$executeRaw`
		UPDATE "ImportUpload" SET "state" = 'applying', "progressDone" = 0, "progressTotal" = 0,
			"leasedBy" = ${holder},
			"leaseUntil" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${IMPORT_LEASE_MS / 1000}),
			"updatedAt" = (now() AT TIME ZONE 'UTC')
		WHERE "id" = ${uploadId}::uuid
			AND ("state" = 'previewed'
				OR ("state" = 'applying' AND ("leaseUntil" IS NULL OR "leaseUntil" < (now() AT TIME ZONE 'UTC'))))`
	return claimed === 1
}

function renewLease(uploadId: string, holder: string) {
	return prisma().$executeRaw`
		UPDATE "ImportUpload"
		SET "leaseUntil" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${IMPORT_LEASE_MS / 1000})
		WHERE "id" = ${uploadId}::uuid AND "leasedBy" = ${holder} AND "state" = 'applying'`
}

/**
 * Starts the import of an uploaded file (or runs an interrupted one again)
 * and returns once this process holds it; `finished` settles when it is done
 * (the page does not wait for it, a test may). A confirm of an upload that is
 * running or done does nothing; an unknown one gives null.
 */
export async function confirmImport(actor: Actor, uploadId: string): Promise<{ finished: Promise<void> } | null> {
	const db = prisma()
	const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
	if (!(await claim(uploadId, holder))) {
		const exists = await db.importUpload.count({ where: { id: uploadId } })
		if (!exists) return null
		return { finished: Promise.resolve() }
	}
	const upload = await db.importUpload.findUniqueOrThrow({ where: { id: uploadId } })
	const file = {
		content: upload.content,
		format: (uploadFormats as readonly string[]).includes(upload.format) ? (upload.format as UploadFormat) : 'csv',
		listingType: (listingTypes as readonly string[]).includes(upload.listingType ?? '')
			? (upload.listingType as ListingType)
			: undefined,
	}
	const ours = { id: uploadId, leasedBy: holder, state: 'applying' as const }
	const released = { leasedBy: null, leaseUntil: null }
	const renewal = setInterval(() => void renewLease(uploadId, holder).catch(() => undefined), IMPORT_LEASE_MS / 3)
	renewal.unref()
	const finished = (async () => {
		try {
			let lastWrite = 0
			await db.$transaction(
				async (tx) => {
					const report = await runImport(file, {
						actorId: actor.userId,
						offerActor: actor,
						tx,
						// Written outside the transaction, so the page sees it while the import runs.
						onProgress: (done, total) => {
							const now = Date.now()
							if (done !== total && now - lastWrite < PROGRESS_EVERY_MS) return
							lastWrite = now
							void db.importUpload
								.updateMany({ where: ours, data: { progressDone: done, progressTotal: total } })
								.catch(() => undefined)
						},
					})
					if (report.fileIssues.length || report.counts.rejected) throw new Refused({ ...report, dryRun: true })
					const marked = await tx.importUpload.updateMany({
						where: ours,
						data: {
							...released,
							state: 'applied',
							report: storableReport(report),
							progressDone: report.counts.created + report.counts.updated,
							progressTotal: report.counts.created + report.counts.updated,
						},
					})
					if (marked.count !== 1) throw new LeaseLost()
				},
				{ timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
			)
		} catch (error) {
			if (error instanceof LeaseLost) return
			const outcome =
				error instanceof Refused
					? { state: 'refused' as const, report: storableReport(error.report) }
					: { state: 'failed' as const, report: { failure: failureOf(error) } }
			await db.importUpload.updateMany({ where: ours, data: { ...released, ...outcome } }).catch(() => undefined)
		} finally {
			clearInterval(renewal)
		}
	})()
	return { finished }
}
