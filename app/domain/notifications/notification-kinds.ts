import type { NoticeKind } from '~/mail/request-notice.ts'

// The kinds of news a member can tune on /account/notifications, how each
// can reach them, and what they get when they never chose (today's
// behaviour before settings existed). Browser code reads this too (the
// settings form), so it holds no database code.

export const notificationKinds = [
	'requestNews',
	'routes',
	'reviews',
	'claimsInvitations',
	'following',
	'savedSearches',
	'hubNews',
] as const
export type NotificationKind = (typeof notificationKinds)[number]

export const notificationDeliveries = ['portal', 'mail', 'digest', 'off'] as const
/**
 * portal: a notification in the portal only; mail: in the portal and by mail
 * at once; digest: in the portal at once, its mail gathered into the member's
 * next digest; off: nothing at all.
 */
export type NotificationDelivery = (typeof notificationDeliveries)[number]

/**
 * What each kind offers. Every kind can wait for the digest; news and events
 * you follow have no notification in the portal, so for them "digest" means
 * one mail listing them instead of one mail each. Hub news (open calls that
 * fit, new events and establishment offers) only ever comes in the digest.
 */
export const deliveryChoices: Record<NotificationKind, readonly NotificationDelivery[]> = {
	requestNews: ['mail', 'digest', 'portal', 'off'],
	routes: ['mail', 'digest', 'portal', 'off'],
	reviews: ['mail', 'digest', 'portal', 'off'],
	claimsInvitations: ['mail', 'digest', 'portal', 'off'],
	following: ['mail', 'digest', 'off'],
	savedSearches: ['digest', 'off'],
	hubNews: ['digest', 'off'],
}

export const defaultDelivery: Record<NotificationKind, NotificationDelivery> = {
	requestNews: 'mail',
	routes: 'mail',
	reviews: 'mail',
	claimsInvitations: 'mail',
	following: 'mail',
	savedSearches: 'digest',
	hubNews: 'digest',
}

/** The kinds whose notices live in the portal: the digest lists the unread ones of those set to "digest". */
export const portalNoticeKinds = [
	'requestNews',
	'routes',
	'reviews',
	'claimsInvitations',
] as const satisfies readonly NotificationKind[]

/** How often the digest comes when no saved search makes it due sooner. */
export const digestFrequencies = ['daily', 'weekly'] as const
export type DigestFrequency = (typeof digestFrequencies)[number]
export const defaultDigestFrequency: DigestFrequency = 'weekly'

/** Which setting a notice obeys: a route to answer is the provider's; everything else about a request is news of it. */
export function settingKindOf(notice: NoticeKind): NotificationKind {
	switch (notice) {
		case 'route.received':
		case 'route.reminder':
		case 'request.closed':
			return 'routes'
		case 'review.approved':
		case 'review.rejected':
			return 'reviews'
		case 'claim.approved':
		case 'claim.rejected':
		case 'invitation.received':
			return 'claimsInvitations'
		default:
			return 'requestNews'
	}
}

export function isNotificationKind(value: string): value is NotificationKind {
	return (notificationKinds as readonly string[]).includes(value)
}

export function inPortal(delivery: NotificationDelivery): boolean {
	return delivery !== 'off'
}

/** Mailed at once; "digest" is not: its mail waits for the member's next digest. */
export function byMailNow(delivery: NotificationDelivery): boolean {
	return delivery === 'mail'
}

export function inDigest(delivery: NotificationDelivery | undefined): boolean {
	return delivery === 'digest'
}
