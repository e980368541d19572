import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import PostalMime from 'postal-mime'
import { startSmtpSink } from '../../support/smtp-sink.ts'
import type { CapturedMail } from './captured-mail.ts'

// The end-to-end run's mail server: the portal under test sends real SMTP
// here (SMTP_URL), and every message is appended to a JSON-lines file that
// tests read through tests/e2e/helpers/mail.ts. A process of its own, started
// by Playwright before the portal, so no mail can arrive before it listens.

const port = Number(process.env.E2E_SMTP_PORT)
const file = process.env.E2E_MAIL_FILE
if (!port || !file) {
	console.error('smtp-capture needs E2E_SMTP_PORT and E2E_MAIL_FILE (set by playwright.config.ts)')
	process.exit(2)
}

// Readers poll the file: it exists from the start, empty until mail arrives.
mkdirSync(path.dirname(file), { recursive: true })
writeFileSync(file, '')

const sink = await startSmtpSink({
	port,
	onMessage: async ({ to, raw }) => {
		const parsed = await PostalMime.parse(raw)
		const mail: CapturedMail = {
			// The envelope, not the To header: it is who the server was asked to deliver to.
			to: to.map((address) => address.toLowerCase()),
			subject: parsed.subject ?? '',
			text: parsed.text ?? '',
			receivedAt: new Date().toISOString(),
		}
		// One write per line: a reader sees whole messages, at worst minus the newest.
		appendFileSync(file, `${JSON.stringify(mail)}\n`)
	},
})
console.log(`smtp-capture listening on 127.0.0.1:${sink.port}, writing ${file}`)

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
	process.on(signal, () => void sink.close().then(() => process.exit(0)))
}
