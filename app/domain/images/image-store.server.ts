// Where pictures are kept. One small interface, so the use cases do not care
// whether the files are under HUB_DATA_DIR/images or in an S3-compatible
// bucket (docs/decisions/028-listing-images.md).
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { env, s3StoreSettings, type Env } from '~/utils/env.server.ts'
import { checkedImageFileName } from './image-key.ts'
import { s3ImageStore } from './s3-image-store.server.ts'

export interface ImageStore {
	/** Writes a file (idempotent: names are content-addressed). */
	put(name: string, bytes: Uint8Array): Promise<void>
	/** The file's bytes, or null when there is none. */
	get(name: string): Promise<Buffer | null>
	/** Removes a file; one that is already gone is fine. */
	delete(name: string): Promise<void>
}

export function fileImageStore(directory: string): ImageStore {
	const pathOf = (name: string) => path.join(directory, checkedImageFileName(name))
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

// One store per set of settings: an S3 client keeps its connections open
// between requests, so it is made once, not per picture.
let chosen: { settings: Env; store: ImageStore } | undefined

/** The portal's store: the S3-compatible bucket when S3_BUCKET is set, otherwise HUB_DATA_DIR/images (relative to where the portal was started). */
export function imageStore(): ImageStore {
	const settings = env()
	if (chosen?.settings !== settings) {
		const s3 = s3StoreSettings(settings)
		chosen = {
			settings,
			store: s3 ? s3ImageStore(s3) : fileImageStore(path.resolve(settings.HUB_DATA_DIR, 'images')),
		}
	}
	return chosen.store
}
