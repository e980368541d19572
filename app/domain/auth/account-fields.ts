import { z } from 'zod'

// The fields every account form shares with sign-in (the address, where to go
// afterwards, the honeypot's value), apart from sign-in's schema: a form that
// asks for an address (an invitation, an enquiry) does not bring the password
// rules and their list of common passwords along. Messages are message keys.

export const honeypot = z.string().max(1000).optional()

export const emailSchema = z
	.string({ required_error: 'accountForm.emailRequired' })
	.trim()
	.toLowerCase()
	.max(254, 'accountForm.emailInvalid')
	.email('accountForm.emailInvalid')

/** Where to go after signing in; checked by safeRedirectPath before use. */
export const redirectToSchema = z.string().max(2000).optional()
