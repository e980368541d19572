// What an API token may read (docs/decisions/026-api-tokens.md). Few and
// coarse on purpose: each one is a question an owner can answer when they
// create a token ("may this system read our requests?").
export const apiScopes = ['listings:read', 'requests:read'] as const

export type ApiScope = (typeof apiScopes)[number]

export function isApiScope(value: string): value is ApiScope {
	return (apiScopes as readonly string[]).includes(value)
}
