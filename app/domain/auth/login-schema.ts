import { z } from 'zod'
import { HONEYPOT_FIELD } from './honeypot-field.ts'
import { existingPasswordSchema } from './password-policy.ts'

// The sign-in form's schema and the fields every account form shares with it
// (the address, where to go afterwards, the honeypot). Messages are message keys.

export { HONEYPOT_FIELD }
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
