import type { Submission } from '@conform-to/react'
import { data } from '@remix-run/node'
import { rateLimitedMessage } from './form-messages.ts'

// The answers account actions give a form that did not go through, with the
// HTTP status that says why. Password fields are never echoed back.

type AnySubmission = Submission<unknown>

export function invalidForm(
	submission: AnySubmission,
	options: { fieldErrors?: Record<string, string[]>; formErrors?: string[]; hideFields?: string[] } = {},
) {
	return data(submission.reply(options), { status: 400 })
}

/**
 * 429 with Retry-After, and the same wait in words: by the field it concerns,
 * or above the form when no one field does. The page's `headers` export
 * (retryAfterHeaders) carries Retry-After to a browser's full-page post.
 */
export function tooManyAttempts(
	submission: AnySubmission,
	options: { field?: string; retryAfterSeconds: number; hideFields?: string[] },
) {
	const message = rateLimitedMessage(options.retryAfterSeconds)
	return data(
		submission.reply({
			...(options.field ? { fieldErrors: { [options.field]: [message] } } : { formErrors: [message] }),
			hideFields: options.hideFields,
		}),
		{ status: 429, headers: { 'Retry-After': String(Math.max(1, Math.ceil(options.retryAfterSeconds))) } },
	)
}
