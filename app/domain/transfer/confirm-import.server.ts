import type { Actor } from '../auth/permissions.ts'
import { prisma } from '~/utils/db.server.ts'
import { listingTypes, type ListingType } from '../listings/interchange.ts'
import { runImport } from './import-preview.server.ts'
import { uploadFormats, type UploadFormat } from './read-upload.ts'

// "Confirm import": the stored file is checked again (the directory may have
// changed since its preview) and, only if no row is rejected, imported; a
// file with a rejected row writes nothing (decision 040). The import writes
// in batches, each one transaction with its outbox rows (search index) and
// audit entry, and records its progress for the page to show. Importing the
// same file again reports every record unchanged.

/** How often the progress is written: often enough for the page, rarely enough for the database. */
const PROGRESS_EVERY_MS = 500

function failureOf(error: unknown): string {
	return (error instanceof Error ? error.message.split('\n').slice(-1)[0]! : String(error)).slice(0, 300)
}

/**
 * Starts the import of an uploaded file and returns once it is marked as
 * running; `finished` settles when it is done (the page does not wait for
 * it, a test or the command line may). A second confirm of the same upload
 * does nothing; an unknown one gives null.
 */
export async function confirmImport(actor: Actor, uploadId: string): Promise<{ finished: Promise<void> } | null> {
	const db = prisma()
	const claimed = await db.importUpload.updateMany({
		where: { id: uploadId, state: 'previewed' },
		data: { state: 'applying', progressDone: 0, progressTotal: 0 },
	})
	if (claimed.count === 0) {
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
	const finished = (async () => {
		try {
			const check = await runImport(file, { actorId: actor.userId, dryRun: true })
			if (check.fileIssues.length || check.counts.rejected) {
				await db.importUpload.update({ where: { id: uploadId }, data: { state: 'refused', report: check as object } })
				return
			}
			let lastWrite = 0
			const report = await runImport(file, {
				actorId: actor.userId,
				onProgress: (done, total) => {
					const now = Date.now()
					if (done !== total && now - lastWrite < PROGRESS_EVERY_MS) return
					lastWrite = now
					void db.importUpload
						.update({ where: { id: uploadId }, data: { progressDone: done, progressTotal: total } })
						.catch(() => undefined)
				},
			})
			await db.importUpload.update({
				where: { id: uploadId },
				data: {
					state: report.counts.rejected ? 'failed' : 'applied',
					report: report as object,
					progressDone: report.counts.created + report.counts.updated,
					progressTotal: report.counts.created + report.counts.updated + report.counts.rejected,
				},
			})
		} catch (error) {
			await db.importUpload
				.update({
					where: { id: uploadId },
					data: { state: 'failed', report: { failure: failureOf(error) } },
				})
				.catch(() => undefined)
		}
	})()
	return { finished }
}
