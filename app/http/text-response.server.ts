// Machine-readable answers written a piece at a time (the sitemap): the
// pieces become the response body as they are produced.

/** Crawlers come back daily at most; a shared cache may answer for an hour. */
export const CRAWLER_CACHE_CONTROL = 'public, max-age=3600'

export function streamedResponse(pieces: AsyncIterable<string>, contentType: string): Response {
	const encoder = new TextEncoder()
	const iterator = pieces[Symbol.asyncIterator]()
	const body = new ReadableStream<Uint8Array>({
		async pull(controller) {
			const next = await iterator.next()
			if (next.done) controller.close()
			else controller.enqueue(encoder.encode(next.value))
		},
		async cancel() {
			await iterator.return?.()
		},
	})
	return new Response(body, { headers: { 'Content-Type': contentType, 'Cache-Control': CRAWLER_CACHE_CONTROL } })
}
