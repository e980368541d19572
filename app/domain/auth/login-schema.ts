import { z } from 'zod'
import { existingPasswordSchema } from './password-policy.ts'

// The sign-in form's schema and the fields every account form shares with it
// (the address, where to go afterwards, the honeypot). Messages are message keys.

/**
 * The honeypot: a field people never see (visually hidden, aria-hidden, out
 * of the tab order) that form-filling bots do fill in. The name is one that
 * bots like and browsers' autofill leaves alone (autocomplete="off").
 */
export const HONEYPOT_FIELD = 'website'
export const honeypot = z.string().max(1000).optional()

export const emailSchema = z
	.string({ required_error: 'accountForm.emailRequired' })
	.trim()
	.toLowerCase()
	.max(254, 'accountForm.emailInvalid')
	.email('accountForm.emailInvalid')

/** Where to go after signing in; checked by safeRedirectPath before use. */
export const redirectToSchema = z.string().max(2000).optional()

export const loginSchema = z.object({
	email: emailSchema,
	password: existingPasswordSchema,
	redirectTo: redirectToSchema,
	[HONEYPOT_FIELD]: honeypot,
})
export type LoginInput = z.infer<typeof loginSchema>
