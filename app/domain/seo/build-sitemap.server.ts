import {
	recordsPerFile,
	sitemapFiles,
	sitemapIndex,
	urlElements,
	urlsetClosing,
	urlsetOpening,
	type SitemapSource,
	type SourceSlice,
} from './sitemap.ts'
import { sitemapSources } from './sitemap-sources.server.ts'

// /sitemap.xml and its numbered files. Records are read from the database a
// batch at a time and written out as they come, so a file of 25,000 listings
// never sits in memory as rows.

const BATCH = 1000

export interface SitemapOptions {
	/** PUBLIC_URL's origin: every address in the sitemap starts with it. */
	origin: string
	sources?: readonly SitemapSource[]
	/** At most this many URLs per file (the protocol's limit unless a test asks for less). */
	maxUrls?: number
}

async function layout(options: SitemapOptions) {
	const sources = options.sources ?? sitemapSources
	const counts = await Promise.all(sources.map((source) => source.count()))
	return { sources, files: sitemapFiles(counts, recordsPerFile(options.maxUrls)) }
}

async function* urlset(origin: string, sources: readonly SitemapSource[], slices: SourceSlice[]) {
	yield urlsetOpening
	for (const slice of slices) {
		for (let done = 0; done < slice.limit; done += BATCH) {
			const records = await sources[slice.source]!.list({
				offset: slice.offset + done,
				limit: Math.min(BATCH, slice.limit - done),
			})
			yield records.map((record) => urlElements(origin, record)).join('')
		}
	}
	yield urlsetClosing
}

/**
 * /sitemap.xml: every public page when they fit in one file, otherwise the
 * index of the numbered files.
 */
export async function sitemapDocument(options: SitemapOptions): Promise<AsyncIterable<string>> {
	const { sources, files } = await layout(options)
	if (files.length === 1) return urlset(options.origin, sources, files[0]!)
	const index = sitemapIndex(options.origin, files.length)
	return (async function* () {
		yield index
	})()
}

/** /sitemap/<number>.xml, or null when there is no such file (one file in all: /sitemap.xml is it). */
export async function sitemapFile(options: SitemapOptions & { number: number }): Promise<AsyncIterable<string> | null> {
	const { sources, files } = await layout(options)
	if (files.length === 1) return null
	const slices = files[options.number - 1]
	return slices ? urlset(options.origin, sources, slices) : null
}
