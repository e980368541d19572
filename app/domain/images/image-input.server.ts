import { parseWithZod } from '@conform-to/zod'
import { z } from 'zod'
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

/** What a form with a picture reads as files: the picture, up to its limit. */
export const imageFormFiles = { files: { [imageFileField]: IMAGE_MAX_BYTES } }

const noImage: ImageInput = { prepared: null, remove: false }

/** The picture a news item's or an offer's form posted. */
export function readPostedImage(formData: FormData, oversized: ReadonlySet<string>): Promise<ImageInput> {
	return readImageInput(formData.get(imageFileField), {
		oversized: oversized.has(imageFileField),
		remove: formData.get(imageRemoveField) === 'on',
	})
}

/**
 * Parses a news item's or an offer's form with the picture the server vouches
 * for: a posted `image` is dropped and the checked upload's key (or the one
 * the record has) set in its place, and a refused file is reported beside the
 * other fields' messages.
 */
export function parseWithImage(schema: z.ZodTypeAny, input: ImageInput, current: string | null | undefined) {
	return (posted: FormData) => {
		const trusted = new FormData()
		for (const [name, value] of posted) if (name !== 'image' && typeof value === 'string') trusted.append(name, value)
		const key = proposedImageKey(input, current)
		if (key) trusted.set('image', key)
		const problem = input.problem
		const checked = problem
			? z.intersection(
					schema,
					z
						.unknown()
						.superRefine((_, ctx) =>
							ctx.addIssue({ code: z.ZodIssueCode.custom, path: [imageFileField], message: problem }),
						)
						.transform(() => ({})),
				)
			: schema
		return parseWithZod(trusted, { schema: checked })
	}
}

/** The picture a listing form posted (a lab has none, whatever is posted). */
export async function readListingImage(
	type: ListingType,
	formData: FormData,
	oversized: ReadonlySet<string>,
): Promise<ImageInput> {
	return hasImage(type) ? readPostedImage(formData, oversized) : Promise.resolve(noImage)
}

/** What the form's parse is told about the picture: the key the proposal carries, and a refused file's message. */
export function trustedImage(
	input: ImageInput,
	current: string | null | undefined,
): Pick<TrustedRecordFields, 'image' | 'imageProblem'> {
	return { image: proposedImageKey(input, current), imageProblem: input.problem }
}
