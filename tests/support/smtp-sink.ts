import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

// A local SMTP server that accepts every message and hands it over raw: what
// the portal's mail transport really sent. Used by the mail integration test
// and by the end-to-end run's capture process (tests/e2e/mail-capture/).

export interface ReceivedMessage {
	/** Envelope sender and recipients, as the server was asked to deliver. */
	from: string
	to: string[]
	raw: Buffer
}

export interface SmtpSink {
	port: number
	close(): Promise<void>
}

export async function startSmtpSink(options: {
	/** 0 (the default) picks a free port. */
	port?: number
	/** A message is accepted once this settles; a rejection refuses it, and the sender retries. */
	onMessage: (message: ReceivedMessage) => void | Promise<void>
}): Promise<SmtpSink> {
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = []
			stream.on('data', (chunk: Buffer) => chunks.push(chunk))
			stream.on('error', callback)
			stream.on('end', () => {
				const message: ReceivedMessage = {
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
					to: session.envelope.rcptTo.map((recipient) => recipient.address),
					raw: Buffer.concat(chunks),
				}
				Promise.resolve(options.onMessage(message)).then(
					() => callback(),
					(error: Error) => callback(error),
				)
			})
		},
	})
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject)
		server.listen(options.port ?? 0, '127.0.0.1', resolve)
	})
	return {
		port: (server.server.address() as AddressInfo).port,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	}
}
