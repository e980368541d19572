import { createServer } from 'node:net'
import path from 'node:path'

// Where this run's SMTP capture listens and writes. Decided once, in the
// Playwright runner, and kept in process.env: the test workers load the
// config again but inherit the runner's environment, so they read the same
// file that the capture process writes.

async function freePort(): Promise<number> {
	const server = createServer()
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject)
		server.listen(0, '127.0.0.1', resolve)
	})
	const address = server.address()
	await new Promise<void>((resolve) => server.close(() => resolve()))
	if (!address || typeof address === 'string') throw new Error('Could not find a free port for the SMTP capture')
	return address.port
}

export interface MailCaptureSettings {
	smtpPort: number
	smtpUrl: string
	file: string
}

export async function mailCaptureSettings(tmpDir: string): Promise<MailCaptureSettings> {
	process.env.E2E_SMTP_PORT ||= String(await freePort())
	process.env.E2E_MAIL_FILE ||= path.join(tmpDir, `e2e-mail-${Date.now()}-${process.pid}.jsonl`)
	const smtpPort = Number(process.env.E2E_SMTP_PORT)
	return { smtpPort, smtpUrl: `smtp://127.0.0.1:${smtpPort}`, file: process.env.E2E_MAIL_FILE }
}
