import { readFile } from 'node:fs/promises'
import type { CapturedMail } from '../mail-capture/captured-mail.ts'

// Mail the portal sent during this end-to-end run, as a real SMTP server
// received it (tests/e2e/mail-capture/). Typical use:
//
//   const mail = await waitForMail({ to: email, subject: 'Confirm your e-mail address' })
//   await page.goto(linkIn(mail, '/verify-email?token='))

export type { CapturedMail }

export interface MailQuery {
	/** The recipient's address (any case). */
	to: string
	/** The exact subject, or a pattern it matches; any subject when left out. */
	subject?: string | RegExp
	/** Only mail received at or after this moment (e.g. a second link after "send again"). */
	since?: Date
	/** How long to wait for the mail to arrive; the outbox worker sends within seconds. */
	timeout?: number
}

function mailFile(): string {
	const file = process.env.E2E_MAIL_FILE
	if (!file)
		throw new Error(
			'E2E_MAIL_FILE is not set: run the tests through playwright.config.ts, which starts the SMTP capture',
		)
	return file
}

/** Every mail received so far, oldest first. */
export async function receivedMail(): Promise<CapturedMail[]> {
	const content = await readFile(mailFile(), 'utf8').catch(() => '')
	const mails: CapturedMail[] = []
	for (const line of content.split('\n')) {
		if (!line.trim()) continue
		try {
			mails.push(JSON.parse(line) as CapturedMail)
		} catch {
			// The newest line may still be being written: it is read on the next poll.
		}
	}
	return mails
}

function matches(mail: CapturedMail, query: MailQuery): boolean {
	if (!mail.to.includes(query.to.toLowerCase())) return false
	if (query.since && new Date(mail.receivedAt) < query.since) return false
	if (query.subject === undefined) return true
	return typeof query.subject === 'string' ? mail.subject === query.subject : query.subject.test(mail.subject)
}

/** The newest mail to `to` (with that subject), waiting until one arrives; fails with what did arrive. */
export async function waitForMail(query: MailQuery): Promise<CapturedMail> {
	const deadline = Date.now() + (query.timeout ?? 15_000)
	for (;;) {
		const mails = await receivedMail()
		const found = mails.filter((mail) => matches(mail, query)).at(-1)
		if (found) return found
		if (Date.now() > deadline) {
			const toThem = mails.filter((mail) => mail.to.includes(query.to.toLowerCase())).map((mail) => `"${mail.subject}"`)
			throw new Error(
				`No mail to ${query.to}${query.subject ? ` with subject ${String(query.subject)}` : ''} arrived in time` +
					(toThem.length
						? ` (received for that address: ${toThem.join(', ')})`
						: ' (nothing arrived for that address)'),
			)
		}
		await new Promise((resolve) => setTimeout(resolve, 200))
	}
}

/** The first link in the mail whose URL contains `pattern` (a string) or matches it (a RegExp). */
export function linkIn(mail: CapturedMail | string, pattern: string | RegExp): string {
	const text = typeof mail === 'string' ? mail : mail.text
	// A sentence may end right after a link: its full stop is not part of the URL.
	const links = (text.match(/https?:\/\/[^\s<>"]+/g) ?? []).map((url) => url.replace(/[.,;:!?)]+$/, ''))
	const link = links.find((url) => (typeof pattern === 'string' ? url.includes(pattern) : pattern.test(url)))
	if (!link) {
		throw new Error(`No link matching ${String(pattern)} in the mail (links in it: ${links.join(', ') || 'none'})`)
	}
	return link
}
