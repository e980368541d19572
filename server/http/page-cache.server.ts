import { LRUCache } from 'lru-cache'
import { prisma } from '../../app/utils/db.server.ts'
import { logger } from '../../app/utils/logger.server.ts'

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

export function createPageCache(options: { maxBytes: number; writePosition?: () => Promise<string> }): PageCache {
	const writePosition = options.writePosition ?? databaseWritePosition
	const pages = new LRUCache<string, CachedPage>({
		maxSize: options.maxBytes,
		sizeCalculation: (page) => page.body.length + 1024,
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
			if (maxAgeSeconds > 0 && page.body.length + 1024 <= options.maxBytes)
				pages.set(key, page, { ttl: maxAgeSeconds * 1000 })
		},
	}
}
