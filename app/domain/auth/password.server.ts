import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

// scrypt at the OWASP Password Storage Cheat Sheet's recommended cost. The
// stored string names its own parameters (scrypt$N$r$p$salt$hash), so the cost
// can be raised later without breaking existing hashes (see needsRehash).
const COST = { N: 2 ** 17, r: 8, p: 1 } as const
const KEY_LENGTH = 64
const SALT_LENGTH = 16

// A stored string is trusted input only up to a point: refuse parameters that
// would make one login attempt eat gigabytes or minutes.
const MAX_N = 2 ** 20
const MAX_R = 32
const MAX_P = 16

interface Cost {
	N: number
	r: number
	p: number
}

// scrypt needs 128·N·r bytes of memory (128 MiB here); Node refuses anything above 32 MiB unless told otherwise.
function optionsFor(cost: Cost): ScryptOptions {
	return { ...cost, maxmem: 128 * cost.N * cost.r + 16 * 1024 * 1024 }
}

// The callback form runs on libuv's thread pool, so hashing never blocks the event loop.
function deriveKey(plain: string, salt: Buffer, keyLength: number, cost: Cost): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		scrypt(plain.normalize('NFKC'), salt, keyLength, optionsFor(cost), (error, key) =>
			error ? reject(error) : resolve(key),
		)
	})
}

export async function hashPassword(plain: string): Promise<string> {
	const salt = randomBytes(SALT_LENGTH)
	const key = await deriveKey(plain, salt, KEY_LENGTH, COST)
	return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$')
}

interface StoredHash extends Cost {
	salt: Buffer
	key: Buffer
}

function parseStored(stored: string): StoredHash | undefined {
	const [scheme, n, r, p, salt, key, ...rest] = stored.split('$')
	if (scheme !== 'scrypt' || rest.length > 0 || !salt || !key) return undefined
	const cost = { N: Number(n), r: Number(r), p: Number(p) }
	const powerOfTwo = Number.isInteger(cost.N) && cost.N > 1 && (cost.N & (cost.N - 1)) === 0
	if (!powerOfTwo || cost.N > MAX_N) return undefined
	if (!Number.isInteger(cost.r) || cost.r < 1 || cost.r > MAX_R) return undefined
	if (!Number.isInteger(cost.p) || cost.p < 1 || cost.p > MAX_P) return undefined
	const parsed = { ...cost, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') }
	return parsed.salt.length > 0 && parsed.key.length >= 16 ? parsed : undefined
}

/** False for a wrong password and for a stored value that is not a hash this module wrote. */
export async function verifyPassword(plain: string, stored: string): Promise<boolean> {
	const parsed = parseStored(stored)
	if (!parsed) return false
	const key = await deriveKey(plain, parsed.salt, parsed.key.length, parsed)
	return timingSafeEqual(key, parsed.key)
}

/** True when a stored hash uses a cost other than today's, so login can re-hash it with the password at hand. */
export function needsRehash(stored: string): boolean {
	const parsed = parseStored(stored)
	return (
		!parsed || parsed.N !== COST.N || parsed.r !== COST.r || parsed.p !== COST.p || parsed.key.length !== KEY_LENGTH
	)
}
