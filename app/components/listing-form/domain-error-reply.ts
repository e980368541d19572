import type { Submission, SubmissionResult } from '@conform-to/react'
import { PermissionDenied } from '~/domain/auth/permissions.ts'
import { RuleError } from '~/domain/rules.ts'

/**
 * What a use case refused, as the form's reply: schema problems by field,
 * rule violations by the field they concern (or the form as a whole). A
 * permission refusal is a 403, never a form message. Anything else is a bug
 * and goes to the error boundary.
 */
export function domainErrorReply(submission: Submission<unknown>, error: unknown): SubmissionResult<string[]> {
	return submission.reply(domainErrorMessagesByField(error))
}

function domainErrorMessagesByField(error: unknown): { fieldErrors: Record<string, string[]>; formErrors: string[] } {
	if (error instanceof PermissionDenied) throw new Response('Forbidden', { status: 403 })
	if (!(error instanceof RuleError)) throw error
	const fieldErrors: Record<string, string[]> = {}
	const formErrors: string[] = []
	if (error.rule !== 'invalid-input') {
		if (error.field) fieldErrors[error.field] = [error.reason]
		else formErrors.push(error.reason)
	}
	for (const issue of error.issues) {
		if (issue.field) (fieldErrors[issue.field] ??= []).push(issue.message)
		else formErrors.push(issue.message)
	}
	return { fieldErrors, formErrors }
}

/** The same refusals as plain messages, for a form without fields (an "Approve" button). */
export function domainErrorMessages(error: unknown): string[] {
	if (error instanceof PermissionDenied) throw new Response('Forbidden', { status: 403 })
	if (!(error instanceof RuleError)) throw error
	return error.rule === 'invalid-input' ? error.issues.map((issue) => issue.message) : [error.reason]
}
