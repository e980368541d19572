import type { LoaderFunctionArgs } from '@remix-run/node'
import { IMAGE_FILE_PATTERN } from '~/domain/images/image-key.ts'
import { imageStore } from '~/domain/images/image-store.server.ts'
import { notFound } from '~/http/params.server.ts'

// A stored picture, by its file name (`<key>-<size>.webp`). The name is its
// content's hash, so the answer never changes: browsers and caches keep it
// for a year without asking again. Only names of the one strict pattern
// reach the store, so no path leaves its folder.
export async function loader({ params }: LoaderFunctionArgs) {
	const name = params.key ?? ''
	if (!IMAGE_FILE_PATTERN.test(name)) throw notFound()
	const bytes = await imageStore().get(name)
	if (!bytes) throw notFound()
	return new Response(new Uint8Array(bytes), {
		headers: {
			'Content-Type': 'image/webp',
			'Content-Length': String(bytes.byteLength),
			'Cache-Control': 'public, max-age=31536000, immutable',
			'X-Content-Type-Options': 'nosniff',
			'Content-Disposition': 'inline',
		},
	})
}
