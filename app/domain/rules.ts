import { translator } from '~/i18n/messages.ts'
import { renderMessage, ruleMessage, type FieldIssue, type MessageParams } from './messages.ts'

// Every rule a use case can refuse by, in one registry: a stable code that
// tests compare and clients may rely on, and whether the refusal is a
// conflict. The reader's text is the catalogue's `rule:<code>` entry.
//
// A conflict means someone acted first: the request or listing moved on
// while the page was open (another coordinator decided, the provider was
// already routed). The page should be read again, so it answers 409. Any
// other refusal is input the rules refuse, and answers 400.

interface RuleSpec {
	conflict?: true
}

export const rules = {
	/** A schema refused the input; `issues` says which fields and why. */
	'invalid-input': {},

	'listing-not-found': {},
	'revision-not-found': {},
	'verification-not-found': {},
	/** Another coordinator decided the revision first (or it was withdrawn). */
	'revision-already-decided': { conflict: true },
	'listing-merged': { conflict: true },
	'listing-archived': { conflict: true },
	'listing-not-archived': { conflict: true },
	'listing-not-published': {},
	'organization-not-found': {},
	/** The organisation is not one the person may act for. */
	'organization-not-allowed': {},
	'merge-same-listing': {},
	'merge-type-mismatch': {},
	'merge-survivor-unavailable': {},
	'verification-already-revoked': { conflict: true },
	'expiry-in-past': {},
	'not-an-expert': {},
	'expert-owner-only': {},
	'expert-profile-exists': {},
	/** The listing's organisation is new and was sent back: it must be resubmitted and approved first. */
	'organization-not-approved': {},
	/** Registering an organisation is for someone who belongs to none yet. */
	'already-in-organization': {},

	'request-not-found': {},
	'route-not-found': {},
	'candidate-not-found': {},
	/** The request or route moved on (someone else acted first, or it was closed). */
	'transition-not-allowed': { conflict: true },
	'needed-by-in-past': {},
	'nothing-to-route': {},
	'already-routed': { conflict: true },
	/** Nobody at the provider has a portal account that could answer. */
	'provider-unreachable': {},
	'provider-not-published': {},
	/** The listing a request was started from ("Ask the hub") is not published any more. */
	'started-from-not-published': {},
	/** A provider cannot be asked to answer its own organisation's request. */
	'own-request': {},
	'terms-not-accepted': {},
	'thread-closed': { conflict: true },
	/** Empty or longer than the form allows (the form's schema says so first; this guards direct calls). */
	'message-invalid': {},
	'not-an-open-call': {},
	'interest-already-expressed': { conflict: true },

	/** Not a token of an owner the person keeps tokens for (or no token at all). */
	'api-token-not-found': {},
	/** Someone revoked the token first. */
	'api-token-revoked': { conflict: true },

	/** The hub's own pages (about, contact, privacy): someone saved the page while it was open in the editor. */
	'site-page-changed-meanwhile': { conflict: true },
	// News and events the hub publishes (issue 14). Publishing twice, or
	// withdrawing what someone already withdrew, is 'transition-not-allowed'.
	'news-not-found': {},
	'event-not-found': {},
	// Following news and events, and registering for events in the portal.
	/** Mail goes only to an address that has proved itself. */
	'follow-needs-confirmed-address': {},
	'registration-needs-confirmed-address': {},
	/** The event takes no registrations in the portal (none, an external link, or cancelled). */
	'registration-not-open': {},
	/** The event has started: registrations and cancellations stay as they are. */
	'registration-closed': { conflict: true },
	/** Nothing to cancel: the registration was already cancelled (in another tab). */
	'not-registered': { conflict: true },
	// Establishing in Flemingsberg: offers and enquiries.
	/** No offer has this id (or it was never one a curator can reach). */
	'offer-not-found': {},
	// Establishment enquiries: a made-up id or link, a listing the office cannot hand over to,
	// and a match request for an enquirer without an organisation. A step the lifecycle does not
	// allow (answering a closed enquiry) is 'transition-not-allowed'.
	'enquiry-not-found': {},
	'enquiry-listing-not-found': {},
	/** Only an enquiry sent by a member of an organisation can become that organisation's match request. */
	'enquiry-without-organization': {},
	'enquiry-already-requested': { conflict: true },

	// Stale-listing nudges (docs/decisions/044).
	/** A "still accurate?" link that was used, expired, forged, or whose person no longer answers for the listing. */
	'confirm-link-invalid': {},
	/** Nobody with an account answers for the listing: there is no one to ask. */
	'stale-nobody-to-ask': {},
	/** Asking about capacity windows of a listing that is no facility, or keeps no suites (docs/decisions/044). */
	'stale-no-capacity': {},

	/** Operator commands: the address is taken, or nobody has it. */
	'user-email-taken': {},
	'user-not-found': {},
	'not-an-email': {},

	// Inviting a provider from triage (issue 15).
	/** Neither an organisation nor hosted by one: there is no organisation to join. */
	'provider-not-invitable': {},
	/** Someone at the provider can answer already (they joined meanwhile): route it instead. */
	'provider-already-reachable': { conflict: true },
	/** An invitation to this address and organisation is still open. */
	'invitation-already-open': { conflict: true },
	/** Saved searches and alerts (issue 15): someone else's or a deleted one reads as not found. */
	'saved-search-not-found': {},
	'saved-search-limit': {},
	// GMP capacity (docs/decisions/042): suites and windows belong to a facility, windows of one suite
	// never overlap, and a suite's name is unique within its facility. A made-up id is "not found".
	'capacity-not-a-facility': {},
	'capacity-suite-not-found': {},
	'capacity-window-not-found': {},
	'capacity-suite-name-taken': {},
	'capacity-window-overlap': {},
} as const satisfies Record<string, RuleSpec>

export type Rule = keyof typeof rules

export function isRule(value: unknown): value is Rule {
	return typeof value === 'string' && Object.hasOwn(rules, value)
}

/**
 * A use case refused: the transaction rolled back and nothing was written.
 * The action helper turns it into a message by its field (or above the form)
 * and the status its registry entry says; a terminal prints `message`, the
 * refusal in English.
 */
export class RuleError extends Error {
	readonly conflict: boolean

	constructor(
		readonly rule: Rule,
		/** The form field the refusal is about, when there is one. */
		readonly field?: string,
		readonly params?: MessageParams,
		/** For invalid-input: every field's problem. */
		readonly issues: readonly FieldIssue[] = [],
	) {
		super(describe(rule, params, issues))
		this.name = 'RuleError'
		this.conflict = (rules[rule] as RuleSpec).conflict === true
	}

	/** Input a schema refused, one issue per field. */
	static invalid(issues: readonly FieldIssue[]): RuleError {
		return new RuleError('invalid-input', undefined, undefined, issues)
	}

	/** The refusal as a message to show. */
	get reason(): string {
		return ruleMessage(this.rule, this.params)
	}
}

function describe(rule: Rule, params: MessageParams | undefined, issues: readonly FieldIssue[]): string {
	const english = translator('en')
	if (issues.length)
		return issues
			.map((issue) => `${issue.field || 'record'}: ${renderMessage(english, issue.message, 'report')}`)
			.join('; ')
	return renderMessage(english, ruleMessage(rule, params), 'report')
}
