import http from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

// What a first visit to a page costs in JavaScript and CSS as a browser gets
// it: every stylesheet, script and module preload the HTML names, plus the
// scripts those load before the page hydrates (the page's texts), fetched
// compressed and counted as the bytes that cross the wire.

export interface AssetWeight {
	url: string
	/** Bytes on the wire, compressed as the server sent it. */
	bytes: number
	encoding: string | undefined
}

export interface PageWeight {
	path: string
	assets: AssetWeight[]
	totalBytes: number
}

function rawGet(url: string): Promise<{ status: number; body: Buffer; encoding: string | undefined }> {
	return new Promise((resolve, reject) => {
		http
			// node:http does not decode: the body is what crossed the wire.
			.get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
				const chunks: Buffer[] = []
				response.on('data', (chunk: Buffer) => chunks.push(chunk))
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						body: Buffer.concat(chunks),
						encoding: response.headers['content-encoding'],
					}),
				)
				response.on('error', reject)
			})
			.on('error', reject)
	})
}

export function assetUrlsOf(html: string): string[] {
	const urls = new Set<string>()
	for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/g)) {
		const rel = /\brel="([^"]+)"/.exec(tag)?.[1]
		const href = /\b(?:href|src)="([^"]+)"/.exec(tag)?.[1]
		if (!href) continue
		if (tag.startsWith('<script') || rel === 'stylesheet' || rel === 'modulepreload') urls.add(href)
	}
	// The entry script imports route modules by URL inside an inline module script.
	for (const [, href] of html.matchAll(/import\s*(?:\*\s*as\s*\w+\s*from\s*)?["'](\/assets\/[^"']+\.js)["']/g))
		urls.add(href!)
	return [...urls].filter((url) => url.startsWith('/'))
}

function decoded(body: Buffer, encoding: string | undefined): string {
	if (encoding === 'br') return brotliDecompressSync(body).toString()
	if (encoding === 'gzip') return gunzipSync(body).toString()
	return body.toString()
}

/**
 * Weighs one page. `loadedBeforeHydration` names what the page's scripts
 * fetch by themselves before it hydrates (no tag names it), e.g. the texts
 * of the page's language; it gets the HTML and the scripts' code.
 */
export async function pageWeight(
	origin: string,
	path: string,
	loadedBeforeHydration: (html: string, scripts: string[]) => string[],
): Promise<PageWeight> {
	const page = await fetch(`${origin}${path}`)
	if (!page.ok) throw new Error(`${path} answered ${page.status}`)
	const html = await page.text()
	const assets: AssetWeight[] = []
	const scripts: string[] = []
	const weigh = async (urls: string[]) => {
		for (const url of urls) {
			if (assets.some((asset) => asset.url === url)) continue
			const asset = await rawGet(`${origin}${url}`)
			if (asset.status !== 200) throw new Error(`${url} answered ${asset.status}`)
			assets.push({ url, bytes: asset.body.byteLength, encoding: asset.encoding })
			if (url.endsWith('.js')) scripts.push(decoded(asset.body, asset.encoding))
		}
	}
	await weigh(assetUrlsOf(html))
	await weigh(loadedBeforeHydration(html, scripts))
	return { path, assets, totalBytes: assets.reduce((sum, asset) => sum + asset.bytes, 0) }
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** A page's assets, heaviest first, one per line, and the total: what a failure prints. */
export function weightTable(weight: PageWeight): string {
	const rows = [...weight.assets]
		.sort((a, b) => b.bytes - a.bytes)
		.map(
			(asset) => `  ${kilobytes(asset.bytes).padStart(9)}  ${(asset.encoding ?? 'identity').padEnd(8)}  ${asset.url}`,
		)
	return [`${weight.path}: ${kilobytes(weight.totalBytes)} on the wire`, ...rows].join('\n')
}
