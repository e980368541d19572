// An uploaded picture, checked by what it IS and turned into what the portal
// serves. Nothing the browser says about a file (its name, its Content-Type)
// counts: the first bytes must be those of a JPEG, PNG or WebP, and sharp must
// read it as the same format, within a pixel budget, before anything is decoded.
// What comes out is always fresh WebP: turned upright (EXIF orientation),
// without any metadata (a phone's GPS position never reaches the public),
// at most 1200 pixels on its longer side, with a 320-pixel copy for cards.
import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { message } from '../messages.ts'
import { fitWithin, imageSizes, type ImageSize } from './image-key.ts'

export const IMAGE_MAX_BYTES = 5 * 1024 * 1024
/** More pixels than this is a decompression bomb, not a logo (a 20000×20000 PNG can be a few kilobytes). */
export const IMAGE_MAX_PIXELS = 40_000_000

export type ImageFormat = 'jpeg' | 'png' | 'webp'

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
	signature.every((byte, index) => bytes[at + index] === byte)

/** The format the first bytes announce, or null for anything else (text, SVG, GIF, HEIC…). */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | null {
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
	// "RIFF" <size> "WEBP"
	if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp'
	return null
}

export interface PreparedImage {
	key: string
	variants: Record<ImageSize, Buffer>
}

export type PrepareResult = { ok: true; image: PreparedImage } | { ok: false; message: string }

const refused = (text: string): PrepareResult => ({ ok: false, message: text })
const tooManyPixels = () => refused(message('check.image.tooManyPixels', { max: IMAGE_MAX_PIXELS / 1_000_000 }))

/** Checks an upload and makes its variants; a refusal carries the message for the file field. */
export async function prepareImage(bytes: Uint8Array): Promise<PrepareResult> {
	if (bytes.byteLength > IMAGE_MAX_BYTES)
		return refused(message('check.image.tooLarge', { max: IMAGE_MAX_BYTES / 1024 / 1024 }))
	const format = sniffImageFormat(bytes)
	if (!format) return refused(message('check.image.type'))
	const options = { limitInputPixels: IMAGE_MAX_PIXELS, failOn: 'error' } as const
	let width: number
	let height: number
	try {
		const metadata = await sharp(bytes, options).metadata()
		if (metadata.format !== format) return refused(message('check.image.type'))
		width = metadata.width
		height = metadata.height
	} catch (error) {
		// sharp refuses to read a header that announces more pixels than the budget.
		if (error instanceof Error && /pixel limit/i.test(error.message)) return tooManyPixels()
		return refused(message('check.image.unreadable'))
	}
	if (!width || !height || width * height > IMAGE_MAX_PIXELS) return tooManyPixels()
	try {
		// rotate() with no angle applies the EXIF orientation; output has no metadata unless asked for.
		const large = await sharp(bytes, options)
			.rotate()
			.resize({ width: imageSizes.large, height: imageSizes.large, fit: 'inside', withoutEnlargement: true })
			.webp({ quality: 82 })
			.toBuffer({ resolveWithObject: true })
		const key = `${createHash('sha256').update(large.data).digest('hex').slice(0, 32)}-${large.info.width}x${large.info.height}`
		const small = fitWithin(large.info.width, large.info.height, imageSizes.small)
		const smallData = await sharp(large.data)
			.resize({ ...small, fit: 'fill' })
			.webp({ quality: 80 })
			.toBuffer()
		return { ok: true, image: { key, variants: { large: large.data, small: smallData } } }
	} catch {
		return refused(message('check.image.unreadable'))
	}
}
