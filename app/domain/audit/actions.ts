// Every action the audit log records, with the kind of record it is about.
// Writers may only record these (recordAudit takes an AuditAction), and the
// log needs a sentence and a filter label for each in every language, so a new
// action is added here first and the compiler and the catalogue tests name
// whatever it still lacks.

export const auditEntityTypes = [
	'listing',
	'request',
	'route',
	'user',
	'membership',
	'invitation',
	'claim',
	'apiToken',
	'import',
	'sitePage',
	'news',
	'event',
	'establishmentOffer',
	'establishmentEnquiry',
] as const

export type AuditEntityType = (typeof auditEntityTypes)[number]

export const auditActions = {
	'listing.submitted': 'listing',
	'revision.submitted': 'listing',
	'revision.approved': 'listing',
	'revision.rejected': 'listing',
	'listing.verified': 'listing',
	'listing.verification.revoked': 'listing',
	// Stale-listing nudges and verification evidence (docs/decisions/044)
	'listing.nudged': 'listing',
	'listing.confirmed': 'listing',
	'listing.verification.reminded': 'listing',
	'listing.featured': 'listing',
	'listing.unfeatured': 'listing',
	'listing.archived': 'listing',
	'listing.restored': 'listing',
	'listing.merged': 'listing',
	'listing.merge.survivor': 'listing',
	'expert.visibility': 'listing',
	'organization.registered': 'listing',
	'listing.import': 'import',
	'listing.import.pending': 'import',
	'request.created': 'request',
	'request.submitted': 'request',
	'request.candidateAdded': 'request',
	'request.candidateRemoved': 'request',
	'request.routed': 'request',
	'request.closed': 'request',
	'openCall.interest': 'request',
	'route.termsAccepted': 'route',
	'route.interested': 'route',
	'route.question': 'route',
	'route.declined': 'route',
	'route.introduced': 'route',
	'route.reminded': 'route',
	'route.expired': 'route',
	'user.signedUp': 'user',
	'user.emailVerified': 'user',
	'user.emailChanged': 'user',
	'user.passwordReset': 'user',
	'user.passwordChanged': 'user',
	'user.profileUpdated': 'user',
	'user.erased': 'user',
	'user.created': 'user',
	'user.roleChanged': 'user',
	'user.disabled': 'user',
	'user.enabled': 'user',
	'membership.invited': 'invitation',
	'membership.invitationRevoked': 'invitation',
	'membership.joined': 'membership',
	'membership.removed': 'membership',
	'claim.submitted': 'claim',
	'claim.approved': 'claim',
	'claim.rejected': 'claim',
	'apiToken.created': 'apiToken',
	'apiToken.revoked': 'apiToken',
	'sitePage.created': 'sitePage',
	'sitePage.updated': 'sitePage',
	'news.created': 'news',
	'news.updated': 'news',
	'news.published': 'news',
	'news.withdrawn': 'news',
	'event.created': 'event',
	'event.updated': 'event',
	'event.published': 'event',
	'event.cancelled': 'event',
	// Following news and events, registering for events.
	'user.followingChanged': 'user',
	'user.unsubscribed': 'user',
	'event.registered': 'event',
	'event.waitlisted': 'event',
	'event.registrationCancelled': 'event',
	'event.movedUp': 'event',
	// Establishing in Flemingsberg: who works for the establishment office, and its offers.
	'user.establishmentOfficeGranted': 'user',
	'user.establishmentOfficeRevoked': 'user',
	'establishmentOffer.created': 'establishmentOffer',
	'establishmentOffer.updated': 'establishmentOffer',
	'establishmentOffer.statusChanged': 'establishmentOffer',
	// Establishment enquiries, each step of their lifecycle and what the office did with them.
	'enquiry.submitted': 'establishmentEnquiry',
	'enquiry.confirmed': 'establishmentEnquiry',
	'enquiry.answered': 'establishmentEnquiry',
	'enquiry.replied': 'establishmentEnquiry',
	'enquiry.handedOver': 'establishmentEnquiry',
	'enquiry.requestMade': 'establishmentEnquiry',
	'enquiry.closed': 'establishmentEnquiry',
	'enquiry.withdrawn': 'establishmentEnquiry',
	'enquiry.expired': 'establishmentEnquiry',
	// Inviting a suggested provider without a portal account from a request's triage, and its acceptance.
	'request.providerInvited': 'request',
	'request.invitationAccepted': 'request',
	// GMP capacity: a facility's suites and windows, kept live by its organisation (docs/decisions/042).
	'capacity.suiteSaved': 'listing',
	'capacity.suiteRemoved': 'listing',
	'capacity.windowSaved': 'listing',
	'capacity.windowRemoved': 'listing',
	// Stale capacity windows (docs/decisions/044): asked about, and confirmed as still right.
	'capacity.nudged': 'listing',
	'capacity.confirmed': 'listing',
	// Saved searches, notification settings and the digest (docs/decisions/043): what a member chose for their own mail.
	'user.savedSearchCreated': 'user',
	'user.savedSearchUpdated': 'user',
	'user.savedSearchDeleted': 'user',
	'user.notificationSettingsChanged': 'user',
	'user.digestUnsubscribed': 'user',
} as const satisfies Record<string, AuditEntityType>

export type AuditAction = keyof typeof auditActions

/** The record type an action is about, e.g. 'route' for 'route.termsAccepted'. */
export type AuditEntityOf<Action extends AuditAction> = (typeof auditActions)[Action]

export const auditActionList = Object.keys(auditActions) as AuditAction[]

export function isAuditAction(value: string): value is AuditAction {
	return Object.hasOwn(auditActions, value)
}

/** The actions recorded about one type of record, e.g. every 'route.*' action for 'route'. */
export type AuditActionOn<Entity extends AuditEntityType> = {
	[Action in AuditAction]: AuditEntityOf<Action> extends Entity ? Action : never
}[AuditAction]
