import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

// The one link in every mail to a follower. It must work without signing in
// (the mail may be read anywhere) and must not be forgeable from a follower's
// id, which is not a secret. So it is the follower's id and an HMAC of it
// under a key only the database knows, one key per follow: unsubscribing
// deletes the follow and its key, so an old link can never end a later follow.

// Saved-search alerts (app/domain/saved-searches/alert-unsubscribe.server.ts)
// sign the same way for a purpose of their own, so neither link opens the other.

const ID_LENGTH = 32
/** An HMAC-SHA256 in base64url. */
const SIGNATURE_LENGTH = 43
/** Every token this file makes is this long: an id's hex and its signature. */
export const UNSUBSCRIBE_TOKEN_LENGTH = ID_LENGTH + SIGNATURE_LENGTH
const PURPOSE = 'unsubscribe-from-hub-content'

export function newUnsubscribeKey(): string {
	return randomBytes(32).toString('base64url')
}

function signature(userId: string, key: string, purpose: string): string {
	return createHmac('sha256', key).update(`${purpose}:${userId}`).digest('base64url')
}

export function unsubscribeToken(userId: string, key: string, purpose: string = PURPOSE): string {
	return `${userId.replaceAll('-', '')}${signature(userId, key, purpose)}`
}

/** The follower a token claims to be, before the signature is checked; null for anything that is not a token. */
export function claimedFollower(token: string): string | null {
	const hex = token.slice(0, ID_LENGTH)
	if (!/^[0-9a-f]{32}$/.test(hex) || token.length <= ID_LENGTH) return null
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

export function tokenIsSigned(token: string, userId: string, key: string, purpose: string = PURPOSE): boolean {
	const given = Buffer.from(token.slice(ID_LENGTH))
	const expected = Buffer.from(signature(userId, key, purpose))
	return given.length === expected.length && timingSafeEqual(given, expected)
}
