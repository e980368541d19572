import type { Prisma } from '~/generated/prisma/client.ts'
import { translator } from '~/i18n/messages.ts'
import { queueMail } from '~/mail/queue-mail.server.ts'
import { mailTo } from '~/mail/recipient-locale.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { inLanguage } from '../news/in-language.ts'
import { eventPath } from '../news/paths.ts'
import { eventStartText } from './event-when.ts'

// Mail to people registered for an event, written inside the transaction of
// the change it reports (a seat given, the event cancelled).

interface EventForMail {
	slug: string
	titleEn: string | null
	titleSv: string | null
	startsAt: Date
	timeZone: string
}

type Recipient = { email: string; preferredLocale: string; disabledAt: Date | null }

function eventWords(event: EventForMail, recipient: Recipient) {
	const { to, locale } = mailTo(recipient)
	const title = inLanguage(locale, { en: event.titleEn, sv: event.titleSv })?.text ?? event.slug
	const when = eventStartText(translator(locale).intlLocale, event.startsAt, event.timeZone)
	return { to, locale, baseUrl: publicBaseUrl(), title, when, path: eventPath(event.slug) }
}

const recipientColumns = { email: true, preferredLocale: true, disabledAt: true } as const

export async function queueSeatGivenMail(tx: Prisma.TransactionClient, userId: string, event: EventForMail) {
	const recipient = await tx.user.findUnique({ where: { id: userId }, select: recipientColumns })
	if (!recipient || recipient.disabledAt) return
	await queueMail(tx, 'eventSeatGiven', eventWords(event, recipient))
}

/** Everyone registered or waiting learns the event is off. */
export async function queueEventCancelledMails(tx: Prisma.TransactionClient, eventId: string, event: EventForMail) {
	const entries = await tx.eventRegistrationEntry.findMany({
		where: { eventId },
		select: { user: { select: recipientColumns } },
	})
	for (const { user } of entries) {
		if (!user.disabledAt) await queueMail(tx, 'eventCancelledForRegistrant', eventWords(event, user))
	}
}
