import type { ListingType } from '../listings/interchange.ts'
import { hasImage, imageFileField, imageRemoveField, type TrustedRecordFields } from '../listings/listing-form-input.ts'
import { message } from '../messages.ts'
import { IMAGE_MAX_BYTES, prepareImage, type PreparedImage } from './prepare-image.server.ts'

/** What a listing form said about its picture: a new one (checked and prepared), removal, or nothing. */
export interface ImageInput {
	prepared: PreparedImage | null
	/** Why the uploaded file was refused (a message for the file field). */
	problem?: string
	remove: boolean
}

/**
 * Reads the form's file and "remove" box. `oversized` says the file was over
 * the limit and dropped unread; a file control left empty is no picture.
 */
export async function readImageInput(
	file: FormDataEntryValue | null,
	options: { oversized: boolean; remove: boolean },
): Promise<ImageInput> {
	if (options.oversized)
		return {
			prepared: null,
			problem: message('check.image.tooLarge', { max: IMAGE_MAX_BYTES / 1024 / 1024 }),
			remove: options.remove,
		}
	if (!(file instanceof File) || file.size === 0) return { prepared: null, remove: options.remove }
	const result = await prepareImage(new Uint8Array(await file.arrayBuffer()))
	return result.ok
		? { prepared: result.image, remove: options.remove }
		: { prepared: null, problem: result.message, remove: options.remove }
}

/** The picture the proposal carries: a new upload wins, then removal, then the one the listing has. */
export function proposedImageKey(input: ImageInput, current: string | null | undefined): string | undefined {
	if (input.prepared) return input.prepared.key
	if (input.remove) return undefined
	return current ?? undefined
}

/** What a listing form's action reads as files: the picture, up to its limit. */
export const listingFormFiles = { files: { [imageFileField]: IMAGE_MAX_BYTES } }

const noImage: ImageInput = { prepared: null, remove: false }

/** The picture a listing form posted (a lab has none, whatever is posted). */
export async function readListingImage(
	type: ListingType,
	formData: FormData,
	oversized: ReadonlySet<string>,
): Promise<ImageInput> {
	if (!hasImage(type)) return noImage
	return readImageInput(formData.get(imageFileField), {
		oversized: oversized.has(imageFileField),
		remove: formData.get(imageRemoveField) === 'on',
	})
}

/** What the form's parse is told about the picture: the key the proposal carries, and a refused file's message. */
export function trustedImage(
	input: ImageInput,
	current: string | null | undefined,
): Pick<TrustedRecordFields, 'image' | 'imageProblem'> {
	return { image: proposedImageKey(input, current), imageProblem: input.problem }
}
