import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { LRUCache } from 'lru-cache'
import { prisma } from '../../app/utils/db.server.ts'
import { logger } from '../../app/utils/logger.server.ts'
import type { ContentEncoding } from './precompressed.server.ts'

// Visitors' public pages answered from memory (docs/decisions/046-page-cache.md).
//
// What may be kept is what a shared cache may keep (shared-cache.server.ts:
// an anonymous GET of a public route, answered 200 with a public
// Cache-Control), for no longer than its s-maxage. A copy is filed under the
// database's write position (pg_current_wal_lsn): every committed write moves
// it, so the first request after an edit, in this process or any other, finds
// no copy and renders afresh. A visitor never sees a page older than the
// database, as without the cache; what the cache saves is rendering the same
// page again while nothing has changed.

export interface CachedPage {
	headers: Array<[string, string | number | readonly string[]]>
	body: Buffer
	etag: string
	storedAt: number
	/** The body compressed, once per encoding a visitor asked for, instead of on every answer. */
	encoded?: Partial<Record<ContentEncoding, Promise<Buffer>>>
}

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/**
 * The kept body in `encoding`, compressed on the first request that asks for
 * it, with the compression middleware's own settings (brotli quality 4, gzip
 * level 6): a copy answered a thousand times is compressed once.
 */
export function encodedBody(page: CachedPage, encoding: ContentEncoding): Promise<Buffer> {
	const encoded = (page.encoded ??= {})
	encoded[encoding] ??= (
		encoding === 'br'
			? brotli(page.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })
			: gzip(page.body, { level: 6 })
	).catch((error: unknown) => {
		delete encoded[encoding] // tried again by the next request
		throw error
	})
	return encoded[encoding]
}

export interface PageCache {
	/** The key for this request now, or undefined when the database cannot say where it is. */
	keyFor(parts: readonly string[]): Promise<string | undefined>
	get(key: string): CachedPage | undefined
	set(key: string, page: CachedPage, maxAgeSeconds: number): void
}

/** The seconds a shared cache may keep an answer, from its Cache-Control; undefined when it may not. */
export function sharedMaxAge(cacheControl: string | undefined): number | undefined {
	const seconds = /(?:^|,)\s*s-maxage\s*=\s*(\d+)/i.exec(cacheControl ?? '')?.[1]
	return seconds === undefined ? undefined : Number(seconds)
}

async function databaseWritePosition(): Promise<string> {
	const [row] = await prisma().$queryRaw<Array<{ lsn: string }>>`SELECT pg_current_wal_lsn()::text AS lsn`
	if (!row) throw new Error('pg_current_wal_lsn() returned no row')
	return row.lsn
}

/**
 * `read` shared by the requests that arrive while it runs, without ever
 * giving a request a position read before it arrived: a request that comes
 * while a read is under way waits for the next one, which every request that
 * came meanwhile shares. Under load one query serves many requests; each
 * still sees every write committed before it came.
 */
export function sharedReadsAfterArrival(read: () => Promise<string>): () => Promise<string> {
	let running: Promise<string> | undefined
	let next: Promise<string> | undefined
	const start = (): Promise<string> => {
		const current = read()
		running = current
		const done = () => {
			if (running === current) running = undefined
		}
		current.then(done, done)
		return current
	}
	return () => {
		if (!running) return start()
		next ??= running
			.then(
				() => undefined,
				() => undefined,
			)
			.then(() => {
				next = undefined
				return start()
			})
		return next
	}
}

/** What a copy takes: its body, room for its compressed copies (a fifth of the body or less for HTML), its headers. */
const keptSize = (page: CachedPage) => Math.ceil(page.body.length * 1.25) + 1024

export function createPageCache(options: { maxBytes: number; writePosition?: () => Promise<string> }): PageCache {
	const writePosition = sharedReadsAfterArrival(options.writePosition ?? databaseWritePosition)
	const pages = new LRUCache<string, CachedPage>({
		maxSize: options.maxBytes,
		sizeCalculation: keptSize,
	})
	let unavailable = false
	return {
		async keyFor(parts) {
			if (unavailable) return undefined
			try {
				return [await writePosition(), ...parts].join('\u0000')
			} catch (error) {
				// A database that does not let us read its write position (a restricted role) serves
				// every page rendered, as before; said once, not on every request.
				unavailable = true
				logger().warn({ err: error }, 'page cache: off, the database does not tell its write position')
				return undefined
			}
		},
		get: (key) => pages.get(key),
		set(key, page, maxAgeSeconds) {
			if (maxAgeSeconds > 0 && keptSize(page) <= options.maxBytes) pages.set(key, page, { ttl: maxAgeSeconds * 1000 })
		},
	}
}
