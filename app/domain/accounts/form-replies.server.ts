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

export function tooManyAttempts(
	submission: AnySubmission,
	options: { field: string; retryAfterSeconds: number; hideFields?: string[] },
) {
	return data(
		submission.reply({
			fieldErrors: { [options.field]: [rateLimitedMessage(options.retryAfterSeconds)] },
			hideFields: options.hideFields,
		}),
		{ status: 429, headers: { 'Retry-After': String(options.retryAfterSeconds) } },
	)
}
