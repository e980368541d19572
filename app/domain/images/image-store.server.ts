// Where pictures are kept. One small interface, so the portal can move its
// files to an S3-compatible store without touching the use cases; today the
// filesystem store under HUB_DATA_DIR/images is the one there is
// (docs/decisions/028-listing-images.md says why S3 waits).
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { env } from '~/utils/env.server.ts'
import { IMAGE_FILE_PATTERN } from './image-key.ts'

export interface ImageStore {
	/** Writes a file (idempotent: names are content-addressed). */
	put(name: string, bytes: Uint8Array): Promise<void>
	/** The file's bytes, or null when there is none. */
	get(name: string): Promise<Buffer | null>
	/** Removes a file; one that is already gone is fine. */
	delete(name: string): Promise<void>
}

/** Every name reaches the disk only through this check: no separators, no dots but the extension's. */
function checkedName(name: string): string {
	if (!IMAGE_FILE_PATTERN.test(name)) throw new Error(`Not an image file name: ${JSON.stringify(name)}`)
	return name
}

export function fileImageStore(directory: string): ImageStore {
	const pathOf = (name: string) => path.join(directory, checkedName(name))
	return {
		async put(name, bytes) {
			const target = pathOf(name)
			await mkdir(directory, { recursive: true })
			// A reader never sees half a file: write beside it, then rename.
			const temporary = path.join(directory, `.${randomUUID()}.tmp`)
			await writeFile(temporary, bytes)
			await rename(temporary, target)
		},
		async get(name) {
			try {
				return await readFile(pathOf(name))
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
				throw error
			}
		},
		async delete(name) {
			await rm(pathOf(name), { force: true })
		},
	}
}

/** The portal's store: HUB_DATA_DIR/images (relative to where the portal was started). */
export function imageStore(): ImageStore {
	return fileImageStore(path.resolve(env().HUB_DATA_DIR, 'images'))
}
