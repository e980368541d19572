import { createHash, randomBytes } from 'node:crypto'

// A token reads `atmp_<prefix>_<secret>`: the prefix (8 hex digits) is shown
// on the token pages so people can tell their tokens apart; the secret is 32
// random bytes in base64url. Only the SHA-256 of the whole text is stored:
// 256 random bits cannot be guessed, so a slow password hash would add
// nothing but a cost on every API call.

const tokenPattern = /^atmp_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/

export function newTokenText(): { text: string; prefix: string } {
	const prefix = randomBytes(4).toString('hex')
	return { text: `atmp_${prefix}_${randomBytes(32).toString('base64url')}`, prefix }
}

/** The stored form of a token text; null for text that cannot be a token (checked before any lookup). */
export function tokenHashOf(text: string): string | null {
	if (!tokenPattern.test(text)) return null
	return createHash('sha256').update(text).digest('hex')
}
