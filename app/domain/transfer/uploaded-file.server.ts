import { message } from '../messages.ts'
import { UPLOAD_MAX_MB } from './upload-schema.ts'

/** A posted file as text, or why it cannot be read: too large, absent, or not UTF-8. */
export async function readUploadedFile(
	value: FormDataEntryValue | null,
	oversized: boolean,
): Promise<{ fileName: string; content: string } | { problem: string }> {
	if (oversized) return { problem: message('transfer.import.tooLarge', { max: UPLOAD_MAX_MB }) }
	if (!(value instanceof File) || value.size === 0) return { problem: message('transfer.import.noFile') }
	try {
		const content = new TextDecoder('utf-8', { fatal: true }).decode(await value.arrayBuffer())
		if (content.includes('\u0000')) return { problem: message('transfer.import.notText') }
		return { fileName: value.name || 'upload', content }
	} catch {
		return { problem: message('transfer.import.notText') }
	}
}
