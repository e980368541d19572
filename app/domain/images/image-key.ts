// What names a stored picture, shared by the record schema, the pages and the
// resource route: a key is the content hash of the large variant and its size
// (`<32 hex>-<width>x<height>`), so a page can give every <img> its width and
// height without asking the store, and the same picture is never stored twice.

/** The sizes a picture is stored in: the page's and the card's. */
export const imageSizes = { large: 1200, small: 320 } as const
export type ImageSize = keyof typeof imageSizes

export const IMAGE_KEY_PATTERN = /^[0-9a-f]{32}-[1-9]\d{0,3}x[1-9]\d{0,3}$/

/** A stored file's name: the key, the longest side, `.webp`. Nothing else is ever read from or served by the store. */
export const IMAGE_FILE_PATTERN = /^([0-9a-f]{32}-[1-9]\d{0,3}x[1-9]\d{0,3})-(1200|320)\.webp$/

/** Every name reaches a store only through this check: no separators, no dots but the extension's. */
export function checkedImageFileName(name: string): string {
	if (!IMAGE_FILE_PATTERN.test(name)) throw new Error(`Not an image file name: ${JSON.stringify(name)}`)
	return name
}

export function isImageKey(value: unknown): value is string {
	return typeof value === 'string' && IMAGE_KEY_PATTERN.test(value)
}

/** Width and height of a picture of `width`×`height` fitted within a `bound`-pixel square (never enlarged). */
export function fitWithin(width: number, height: number, bound: number): { width: number; height: number } {
	const scale = Math.min(1, bound / Math.max(width, height))
	return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/** The size of the large variant, as the key says. */
export function keyDimensions(key: string): { width: number; height: number } {
	const [width, height] = key.slice(33).split('x').map(Number) as [number, number]
	return { width, height }
}

export function imageFileName(key: string, size: ImageSize): string {
	return `${key}-${imageSizes[size]}.webp`
}

/** A picture as pages show it: its address, its size (so nothing shifts while it loads) and its alt text. */
export interface ShownImage {
	src: string
	width: number
	height: number
	alt: string
}

export function shownImage(key: string | null | undefined, alt: string | null | undefined, size: ImageSize) {
	if (!isImageKey(key)) return null
	const { width, height } = fitWithin(...(Object.values(keyDimensions(key)) as [number, number]), imageSizes[size])
	return { src: `/images/${imageFileName(key, size)}`, width, height, alt: alt ?? '' } satisfies ShownImage
}
