import { crc32 } from 'node:zlib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { renderMessage } from '../messages.ts'
import { translator } from '~/i18n/messages.ts'
import { imageSizes, IMAGE_KEY_PATTERN, keyDimensions } from './image-key.ts'
import { IMAGE_MAX_BYTES, prepareImage } from './prepare-image.server.ts'

const pixels = (width: number, height: number) =>
	sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 160 } } })

const english = (text: string) => renderMessage(translator('en'), text)

async function refusal(bytes: Uint8Array) {
	const result = await prepareImage(bytes)
	expect(result.ok).toBe(false)
	return result.ok ? '' : english(result.message)
}

describe('prepareImage: an upload is checked by what it is', () => {
	it.each([
		['JPEG', () => pixels(40, 30).jpeg().toBuffer()],
		['PNG', () => pixels(40, 30).png().toBuffer()],
		['WebP', () => pixels(40, 30).webp().toBuffer()],
	])('takes a real %s and makes WebP variants named by content and size', async (_, make) => {
		const result = await prepareImage(await make())
		expect(result.ok).toBe(true)
		if (!result.ok) return
		expect(result.image.key).toMatch(IMAGE_KEY_PATTERN)
		expect(keyDimensions(result.image.key)).toEqual({ width: 40, height: 30 })
		for (const bytes of Object.values(result.image.variants))
			expect((await sharp(bytes).metadata()).format).toBe('webp')
	})

	it('fits a large picture within 1200 pixels, with a 320-pixel copy for cards', async () => {
		const result = await prepareImage(await pixels(2400, 1200).png().toBuffer())
		if (!result.ok) throw new Error('refused')
		expect(keyDimensions(result.image.key)).toEqual({ width: imageSizes.large, height: 600 })
		const small = await sharp(result.image.variants.small).metadata()
		expect([small.width, small.height]).toEqual([320, 160])
	})

	it('refuses a text file named .jpg, an SVG and a GIF, whatever they are called', async () => {
		expect(await refusal(new TextEncoder().encode('hello, I am a photo.jpg honestly'))).toBe(
			'Choose a JPEG, PNG or WebP picture.',
		)
		const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
		expect(await refusal(new TextEncoder().encode(svg))).toBe('Choose a JPEG, PNG or WebP picture.')
		expect(await refusal(await pixels(10, 10).gif().toBuffer())).toBe('Choose a JPEG, PNG or WebP picture.')
	})

	it('refuses a file that starts like a PNG but is not one', async () => {
		const fake = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5])
		expect(await refusal(fake)).toBe('This picture could not be read: save it again as JPEG, PNG or WebP.')
	})

	it('refuses a file over 5 MB', async () => {
		const big = new Uint8Array(IMAGE_MAX_BYTES + 1)
		big.set([0xff, 0xd8, 0xff])
		expect(await refusal(big)).toBe('Choose a picture of at most 5 MB.')
	})

	it('refuses a decompression bomb (20000×20000 pixels in a few kilobytes) before decoding it', async () => {
		// A real 8×8 PNG whose header says 20000×20000 (checksum fixed): what a bomb looks like before decoding.
		const bomb = Buffer.from(await pixels(8, 8).png().toBuffer())
		bomb.writeUInt32BE(20000, 16)
		bomb.writeUInt32BE(20000, 20)
		bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29)
		expect(bomb.byteLength).toBeLessThan(IMAGE_MAX_BYTES)
		expect(await refusal(bomb)).toBe('This picture has too many pixels: use one of at most 40 megapixels.')
	})

	it('turns a photo upright and keeps none of its metadata (no GPS position survives)', async () => {
		const photo = await pixels(60, 20)
			.jpeg()
			.withMetadata({ orientation: 6 })
			.withExifMerge({
				IFD0: { Make: 'PhoneMaker' },
				IFD3: {
					GPSLatitudeRef: 'N',
					GPSLatitude: '59/1 13/1 0/1',
					GPSLongitudeRef: 'E',
					GPSLongitude: '17/1 56/1 0/1',
				},
			})
			.toBuffer()
		const before = await sharp(photo).metadata()
		expect(before.orientation).toBe(6)
		expect(before.exif?.includes('PhoneMaker')).toBe(true)
		const result = await prepareImage(photo)
		if (!result.ok) throw new Error('refused')
		// Orientation 6 is "rotate 90°": the stored picture stands upright.
		expect(keyDimensions(result.image.key)).toEqual({ width: 20, height: 60 })
		for (const bytes of Object.values(result.image.variants)) {
			const after = await sharp(bytes).metadata()
			expect(after.exif).toBeUndefined()
			expect(after.xmp).toBeUndefined()
			expect(after.icc).toBeUndefined()
			expect(Buffer.from(bytes).includes('PhoneMaker')).toBe(false)
		}
	})
})
