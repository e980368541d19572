import { releaseImages } from './release-images.server.ts'
import { imageFileName, type ImageSize } from './image-key.ts'
import { imageStore } from './image-store.server.ts'
import type { PreparedImage } from './prepare-image.server.ts'
import { prisma } from '~/utils/db.server.ts'

/**
 * Stores a prepared picture at once, then runs what refers to it (a proposal).
 * Should that fail, the files are released again, so a refused proposal
 * leaves no picture behind.
 */
export async function withStoredImage<Result>(
	image: PreparedImage | null,
	run: () => Promise<Result>,
): Promise<Result> {
	if (!image) return run()
	const store = imageStore()
	for (const [size, bytes] of Object.entries(image.variants))
		await store.put(imageFileName(image.key, size as ImageSize), bytes)
	try {
		return await run()
	} catch (error) {
		await releaseImages(prisma(), [image.key])
		throw error
	}
}
