import type { Locale } from '~/i18n/locale.ts'
import { translator, type MessageKey } from '~/i18n/messages.ts'

// Matchmaking mails say what happened and link to the page where the
// recipient acts; the same words as the in-app notification (app/i18n, keys
// `notice.<kind>.subject` and `.body`), so the two never disagree. A request's
// confidential description never goes into a mail: the link leads to the page
// that checks who may read it.

export const noticeKinds = [
	'request.submitted',
	'route.received',
	'route.reminder',
	'route.answered.interested',
	'route.answered.declined',
	'route.answered.question',
	'route.expired',
	'introduction.made',
	'thread.message',
	'request.closed',
	'openCall.interest',
	// Establishment enquiries (the title is the enquiring company).
	'enquiry.received',
	'enquiry.replied',
	'enquiry.answered',
	'enquiry.handedOver',
	'enquiry.requestMade',
	'enquiry.closed',
	'enquiry.withdrawn',
] as const

export type NoticeKind = (typeof noticeKinds)[number]

export interface NoticeParams {
	/** The request's title. */
	title: string
	/** The provider's name, where the notice is about one. */
	provider?: string
	/** A short text the recipient should read in the mail (the non-confidential teaser, a provider's answer). */
	quote?: string | null
}

type Translate = (key: MessageKey, params: Record<string, string>) => string

/** The notice's subject and body, for the notifications page and the mail (templates.ts). */
export function noticeText(locale: Locale, kind: NoticeKind, params: NoticeParams) {
	// Each kind's texts take {title} and {provider}, or a subset of them.
	const translate = translator(locale).t as unknown as Translate
	const values = { title: params.title, provider: params.provider ?? '' }
	return {
		subject: translate(`notice.${kind}.subject` as MessageKey, values),
		body: translate(`notice.${kind}.body` as MessageKey, values),
	}
}
