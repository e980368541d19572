/** One message as the end-to-end run's SMTP server received it (a line of the mail file). */
export interface CapturedMail {
	/** Envelope recipients, lower case. */
	to: string[]
	subject: string
	/** The plain-text body, decoded (what a mail client shows). */
	text: string
	receivedAt: string
}
