import { prisma } from '~/utils/db.server.ts'
import type { ImportPreview } from './import-preview.server.ts'

// An upload as /coordinator/import shows it: its preview, its progress while
// it is imported, then the import's report. An import whose process is gone
// (its lease lapsed, confirm-import.server.ts) shows as interrupted.

export interface ImportUploadView {
	id: string
	fileName: string
	state: 'previewed' | 'applying' | 'interrupted' | 'applied' | 'refused' | 'failed'
	progress: { done: number; total: number }
	report: ImportPreview | null
	failure: string | null
	createdAt: Date
}

export async function importUploadView(id: string): Promise<ImportUploadView | null> {
	const upload = await prisma().importUpload.findUnique({
		where: { id },
		select: {
			id: true,
			fileName: true,
			state: true,
			progressDone: true,
			progressTotal: true,
			report: true,
			createdAt: true,
		},
	})
	if (!upload) return null
	// The database's clock, as the lease was taken by it.
	const [lease] = await prisma().$queryRaw<Array<{ lapsed: boolean }>>`
		SELECT ("leaseUntil" IS NULL OR "leaseUntil" < (now() AT TIME ZONE 'UTC')) AS lapsed
		FROM "ImportUpload" WHERE "id" = ${id}::uuid`
	const interrupted = upload.state === 'applying' && (lease?.lapsed ?? true)
	const report = upload.report as (ImportPreview & { failure?: undefined }) | { failure: string } | null
	return {
		id: upload.id,
		fileName: upload.fileName,
		state: interrupted ? 'interrupted' : upload.state,
		progress: { done: upload.progressDone, total: upload.progressTotal },
		report: report && !('failure' in report && report.failure) ? (report as ImportPreview) : null,
		failure: report && 'failure' in report && report.failure ? report.failure : null,
		createdAt: upload.createdAt,
	}
}
