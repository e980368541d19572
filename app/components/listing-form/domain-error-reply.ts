import type { Submission, SubmissionResult } from '@conform-to/react'
import { PermissionDenied } from '~/domain/auth/permissions.ts'
import { ListingRuleError, ListingValidationError } from '~/domain/listings/listing-errors.ts'
import { RequestRuleError } from '~/domain/requests/request-errors.ts'
import { RULE_PREFIX } from './form-errors.ts'

/**
 * What a use case refused, as the form's reply: schema problems by field,
 * rule violations by the field they concern (or the form as a whole). A
 * permission refusal is a 403, never a form message. Anything else is a bug
 * and goes to the error boundary.
 */
export function domainErrorReply(submission: Submission<unknown>, error: unknown): SubmissionResult<string[]> {
	if (error instanceof ListingValidationError) {
		const fieldErrors: Record<string, string[]> = {}
		const formErrors: string[] = []
		for (const issue of error.issues) {
			if (issue.field) (fieldErrors[issue.field] ??= []).push(issue.message)
			else formErrors.push(issue.message)
		}
		return submission.reply({ fieldErrors, formErrors })
	}
	if (error instanceof ListingRuleError || error instanceof RequestRuleError) {
		const message = `${RULE_PREFIX}${error.rule}`
		return error.field
			? submission.reply({ fieldErrors: { [error.field]: [message] } })
			: submission.reply({ formErrors: [message] })
	}
	if (error instanceof PermissionDenied) throw new Response('Forbidden', { status: 403 })
	throw error
}

/** The same refusals as plain messages, for a form without fields (an "Approve" button). */
export function domainErrorMessages(error: unknown): string[] {
	if (error instanceof ListingValidationError) return error.issues.map((issue) => issue.message)
	if (error instanceof ListingRuleError || error instanceof RequestRuleError) return [`${RULE_PREFIX}${error.rule}`]
	if (error instanceof PermissionDenied) throw new Response('Forbidden', { status: 403 })
	throw error
}
