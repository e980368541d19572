import type { FieldIssue } from './interchange.ts'

// Errors the listing and curation use cases throw for the route to show.
// Each rule is a stable code; routes translate it, tests compare it.

/** The record broke the interchange schema: one issue per field, nothing was written. */
export class ListingValidationError extends Error {
	constructor(public readonly issues: FieldIssue[]) {
		super(`Invalid listing: ${issues.map((issue) => `${issue.field || 'record'}: ${issue.message}`).join('; ')}`)
		this.name = 'ListingValidationError'
	}
}

export const listingRules = [
	'listing-not-found',
	'revision-not-found',
	'verification-not-found',
	/** Another coordinator decided the revision first (or it was withdrawn). */
	'revision-already-decided',
	'listing-merged',
	'listing-archived',
	'listing-not-archived',
	'listing-not-published',
	'organization-not-found',
	/** The organisation is not one the author may list under. */
	'organization-not-allowed',
	'merge-same-listing',
	'merge-type-mismatch',
	'merge-survivor-unavailable',
	'verification-already-revoked',
	'expiry-in-past',
	'not-an-expert',
	'expert-owner-only',
	'expert-profile-exists',
	/** The listing's organisation is new and was sent back: it must be resubmitted and approved first. */
	'organization-not-approved',
	/** Registering an organisation is for someone who belongs to none yet. */
	'already-in-organization',
] as const

export type ListingRule = (typeof listingRules)[number]

/** A state transition that the rules do not allow; the transaction rolled back. */
export class ListingRuleError extends Error {
	constructor(
		public readonly rule: ListingRule,
		/** The form field the rule is about, when there is one. */
		public readonly field?: string,
	) {
		super(`Listing rule: ${rule}`)
		this.name = 'ListingRuleError'
	}
}

export function isListingRule(value: unknown): value is ListingRule {
	return typeof value === 'string' && (listingRules as readonly string[]).includes(value)
}
