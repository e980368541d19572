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
	// One statement: the state and the lease read apart could straddle the import's commit, which
	// moves the state to 'applied' and clears the lease together. Read as 'applying' and then as
	// lease-less, a finished import showed as interrupted, with nothing saved.
	const [upload] = await prisma().$queryRaw<
		Array<{
			id: string
			fileName: string
			state: Exclude<ImportUploadView['state'], 'interrupted'>
			progressDone: number
			progressTotal: number
			report: unknown
			createdAt: Date
			lapsed: boolean
		}>
	>`
		SELECT "id"::text AS "id", "fileName", "state"::text AS "state", "progressDone", "progressTotal", "report",
			"createdAt",
			-- The database's clock, as the lease was taken by it.
			("leaseUntil" IS NULL OR "leaseUntil" < (now() AT TIME ZONE 'UTC')) AS "lapsed"
		FROM "ImportUpload" WHERE "id" = ${id}::uuid`
	if (!upload) return null
	const interrupted = upload.state === 'applying' && upload.lapsed
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
