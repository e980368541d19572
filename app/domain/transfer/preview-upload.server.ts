import type { Actor } from '../auth/permissions.ts'
import { prisma } from '~/utils/db.server.ts'
import type { ListingType } from '../listings/interchange.ts'
import { runImport, storableReport, type ImportPreview } from './import-preview.server.ts'
import type { UploadFormat } from './read-upload.ts'

// Upload → dry run: the file is kept (so "Confirm import" carries its id, not
// the file again) with the preview of what importing it would do. Nothing
// else is written.

export interface Upload {
	fileName: string
	content: string
	format: UploadFormat
	listingType?: ListingType
}

export async function previewUpload(actor: Actor, upload: Upload): Promise<{ id: string; preview: ImportPreview }> {
	const preview = await runImport(upload, { actorId: actor.userId, offerActor: actor, dryRun: true })
	const stored = await prisma().importUpload.create({
		data: {
			createdById: actor.userId,
			fileName: upload.fileName.slice(0, 200),
			format: upload.format,
			listingType: upload.listingType ?? null,
			content: upload.content,
			report: storableReport(preview),
		},
		select: { id: true },
	})
	return { id: stored.id, preview }
}
