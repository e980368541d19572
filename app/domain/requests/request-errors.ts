// What the matchmaking use cases refuse, as stable codes: routes show the
// translated message (`requestRule.<code>`), tests compare the code.

export const requestRules = [
	'request-not-found',
	'route-not-found',
	'candidate-not-found',
	/** The organisation is not one the member belongs to. */
	'organization-not-allowed',
	/** The request or route moved on (someone else acted first, or it was closed). */
	'transition-not-allowed',
	'needed-by-in-past',
	'nothing-to-route',
	'already-routed',
	/** Nobody at the provider has a portal account that could answer. */
	'provider-unreachable',
	'provider-not-published',
	/** A provider cannot be asked to answer its own organisation's request. */
	'own-request',
	'terms-not-accepted',
	'thread-closed',
	/** Empty or longer than the form allows (the form's schema says so first; this guards direct calls). */
	'message-invalid',
	'not-an-open-call',
	'interest-already-expressed',
] as const

export type RequestRule = (typeof requestRules)[number]

/** Refusals about the state of things, not the input: someone acted first (HTTP 409, and the page reloads). */
const conflictRules: ReadonlySet<RequestRule> = new Set([
	'transition-not-allowed',
	'already-routed',
	'interest-already-expressed',
	'thread-closed',
])

export function isConflict(error: unknown): boolean {
	return error instanceof RequestRuleError && conflictRules.has(error.rule)
}

export class RequestRuleError extends Error {
	constructor(
		public readonly rule: RequestRule,
		/** The form field the rule is about, when there is one. */
		public readonly field?: string,
	) {
		super(`Request rule: ${rule}`)
		this.name = 'RequestRuleError'
	}
}

export function isRequestRule(value: unknown): value is RequestRule {
	return typeof value === 'string' && (requestRules as readonly string[]).includes(value)
}
