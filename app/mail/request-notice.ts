import type { Locale } from '~/domain/taxonomy/taxonomy.ts'
import { t, type MessageKey } from '~/i18n/messages.ts'
import type { OutgoingMail } from './transport.server.ts'

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

export function noticeText(locale: Locale, kind: NoticeKind, params: NoticeParams) {
	const translate = t as unknown as (locale: Locale, ...rest: Parameters<Translate>) => string
	const values = { title: params.title, provider: params.provider ?? '' }
	return {
		subject: translate(locale, `notice.${kind}.subject` as MessageKey, values),
		body: translate(locale, `notice.${kind}.body` as MessageKey, values),
	}
}

export function requestNoticeMail({
	to,
	locale,
	baseUrl,
	kind,
	path,
	...params
}: NoticeParams & { to: string; locale: Locale; baseUrl: string; kind: NoticeKind; path: string }): OutgoingMail {
	const { subject, body } = noticeText(locale, kind, params)
	const quote = params.quote?.trim()
	const lines = [
		body,
		...(quote ? ['', ...quote.split('\n').map((line) => `> ${line}`)] : []),
		'',
		`${baseUrl}${path}`,
		'',
		t(locale, 'notice.signature'),
	]
	return { to, subject, text: lines.join('\n') }
}
