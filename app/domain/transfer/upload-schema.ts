import { z } from 'zod'
import { listingTypes } from '../listings/interchange.ts'
import { message } from '../messages.ts'

// The import page's two forms: the upload (checked in the browser too) and
// the confirm, which carries only the stored upload's id.

/** Larger files are split: a preview of more rows than this is not read by anyone. */
export const UPLOAD_MAX_MB = 5
export const UPLOAD_MAX_BYTES = UPLOAD_MAX_MB * 1024 * 1024

export const importUploadSchema = z.object({
	file: z.instanceof(File, { message: message('transfer.import.noFile') }),
	listingType: z.enum(listingTypes).optional(),
})

export const confirmImportSchema = z.object({
	upload: z.string().uuid(),
})
