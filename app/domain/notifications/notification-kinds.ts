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
] as const
export type NotificationKind = (typeof notificationKinds)[number]

export const notificationDeliveries = ['portal', 'mail', 'digest', 'off'] as const
/**
 * portal: a notification in the portal only; mail: in the portal and by mail
 * at once; digest: gathered into the alert digest; off: nothing at all.
 */
export type NotificationDelivery = (typeof notificationDeliveries)[number]

/**
 * What each kind offers. "In a digest" exists for saved-search alerts only
 * (their mail is a digest); news and events you follow reach you by mail
 * only, as they have no notification in the portal.
 */
export const deliveryChoices: Record<NotificationKind, readonly NotificationDelivery[]> = {
	requestNews: ['mail', 'portal', 'off'],
	routes: ['mail', 'portal', 'off'],
	reviews: ['mail', 'portal', 'off'],
	claimsInvitations: ['mail', 'portal', 'off'],
	following: ['mail', 'off'],
	savedSearches: ['digest', 'off'],
}

export const defaultDelivery: Record<NotificationKind, NotificationDelivery> = {
	requestNews: 'mail',
	routes: 'mail',
	reviews: 'mail',
	claimsInvitations: 'mail',
	following: 'mail',
	savedSearches: 'digest',
}

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

export function byMailNow(delivery: NotificationDelivery): boolean {
	return delivery === 'mail'
}
