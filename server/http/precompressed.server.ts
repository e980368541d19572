import { readdirSync } from 'node:fs'
import type { Request as ExpressRequest, RequestHandler } from 'express'

// The build writes each asset also compressed at the strongest settings
// (precompressAssets in vite.config.ts): a browser that accepts brotli or
// gzip gets that file as it is, with no work per request. Anything without
// such a file, or a client that accepts neither, goes on to the static files
// and the compression middleware.
const encodings = [
	{ name: 'br', suffix: '.br' },
	{ name: 'gzip', suffix: '.gz' },
] as const

export type ContentEncoding = (typeof encodings)[number]['name']

/** The encoding to answer in among `available`: brotli whenever the client takes it (browsers list gzip first but rank both alike). */
export function preferredEncoding(
	req: ExpressRequest,
	available: (encoding: ContentEncoding) => boolean = () => true,
): ContentEncoding | undefined {
	return encodings.find(
		(candidate) => req.acceptsEncodings(candidate.name) === candidate.name && available(candidate.name),
	)?.name
}

/** Serves `<asset>.br` or `<asset>.gz` from `dir` in place of `<asset>`; put it before express.static(dir). */
export function precompressedAssets(dir: string): RequestHandler {
	let files: Set<string>
	try {
		// Read once: assets do not change while the build is being served.
		files = new Set(readdirSync(dir))
	} catch {
		files = new Set()
	}
	return (req, res, next) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') return next()
		const name = req.path.slice(1)
		if (!files.has(`${name}.br`) && !files.has(`${name}.gz`)) return next()
		res.vary('Accept-Encoding')
		const suffixOf = (encoding: ContentEncoding) => encodings.find((candidate) => candidate.name === encoding)!.suffix
		const encoding = preferredEncoding(req, (candidate) => files.has(`${name}${suffixOf(candidate)}`))
		if (!encoding) return next()
		res.type(name)
		res.setHeader('Content-Encoding', encoding)
		req.url = `/${name}${suffixOf(encoding)}`
		next()
	}
}
