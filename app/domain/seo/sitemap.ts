import { locales } from '~/i18n/locale.ts'
import { addressIn } from './page-address.ts'

// The sitemap protocol (sitemaps.org) with Google's hreflang extension: one
// <url> per page and language, each naming every language version and the
// x-default. A file holds at most 50,000 URLs; past that /sitemap.xml becomes
// an index of numbered files (docs/decisions/032-search-engines.md).

export const MAX_URLS_PER_FILE = 50_000

/** One public page, which the sitemap lists once per language. */
export interface SitemapRecord {
	/** The path without a query, e.g. /facilities/novum-cleanroom. */
	path: string
	lastmod: Date | null
}

/**
 * A kind of public page (home and directory lists, listings; news, events and
 * offers add theirs): how many there are, and a slice of them in a stable order.
 */
export interface SitemapSource {
	name: string
	count(): Promise<number>
	list(slice: { offset: number; limit: number }): Promise<SitemapRecord[]>
}

/** A part of one source that belongs in one sitemap file. */
export interface SourceSlice {
	source: number
	offset: number
	limit: number
}

/** Records per file: every record is written once per language. */
export function recordsPerFile(maxUrls = MAX_URLS_PER_FILE): number {
	return Math.max(1, Math.floor(maxUrls / locales.length))
}

/**
 * How the records of all sources, in order, fall into files of at most
 * `perFile` records: one file at least (an empty sitemap is still valid).
 */
export function sitemapFiles(counts: readonly number[], perFile: number): SourceSlice[][] {
	const files: SourceSlice[][] = [[]]
	let room = perFile
	counts.forEach((count, source) => {
		let offset = 0
		while (offset < count) {
			if (room === 0) {
				files.push([])
				room = perFile
			}
			const limit = Math.min(room, count - offset)
			files.at(-1)!.push({ source, offset, limit })
			offset += limit
			room -= limit
		}
	})
	return files
}

const xmlEntities: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' }

export function escapeXml(text: string): string {
	return text.replace(/[<>&'"]/g, (character) => xmlEntities[character]!)
}

export const urlsetOpening =
	'<?xml version="1.0" encoding="UTF-8"?>\n' +
	'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
export const urlsetClosing = '</urlset>\n'

/** The <url> elements of one record: one per language, each with all the alternates. */
export function urlElements(origin: string, record: SitemapRecord): string {
	const page = { pathname: record.path }
	const alternates = [
		...locales.map((lang) => ({ hreflang: lang, href: addressIn(origin, page, lang) })),
		{ hreflang: 'x-default', href: addressIn(origin, page, null) },
	]
		.map(({ hreflang, href }) => `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>\n`)
		.join('')
	const lastmod = record.lastmod ? `    <lastmod>${record.lastmod.toISOString()}</lastmod>\n` : ''
	return locales
		.map(
			(lang) =>
				`  <url>\n    <loc>${escapeXml(addressIn(origin, page, lang))}</loc>\n${lastmod}${alternates}  </url>\n`,
		)
		.join('')
}

/** The index that names the numbered files, /sitemap/1.xml and on. */
export function sitemapIndex(baseUrl: string, fileCount: number): string {
	const entries = Array.from(
		{ length: fileCount },
		(_, index) => `  <sitemap>\n    <loc>${escapeXml(sitemapFileUrl(baseUrl, index + 1))}</loc>\n  </sitemap>\n`,
	).join('')
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
		entries +
		'</sitemapindex>\n'
	)
}

export function sitemapFileUrl(baseUrl: string, number: number): string {
	return `${baseUrl}/sitemap/${number}.xml`
}
