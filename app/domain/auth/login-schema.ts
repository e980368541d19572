import { z } from 'zod'
import { emailSchema, honeypot, redirectToSchema } from './account-fields.ts'
import { HONEYPOT_FIELD } from './honeypot-field.ts'
import { existingPasswordSchema } from './password-policy.ts'

// The sign-in form's schema. Messages are message keys.

export const loginSchema = z.object({
	email: emailSchema,
	password: existingPasswordSchema,
	redirectTo: redirectToSchema,
	[HONEYPOT_FIELD]: honeypot,
})
export type LoginInput = z.infer<typeof loginSchema>
