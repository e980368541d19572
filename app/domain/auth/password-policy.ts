import { z } from 'zod'
import { isCommonPassword } from './common-passwords.ts'
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-length.ts'

// NIST SP 800-63B: length over composition. 12 to 128 characters, any
// characters at all, and nothing from the list of passwords attackers try
// first. Length counts characters as people see them (code points), so an
// emoji or "ä" is one character, not two.

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH }

/** A new password: sign-up, reset, change, and the operator's create-user command. */
export const newPasswordSchema = z
	.string({ required_error: 'accountForm.passwordRequired' })
	.superRefine((password, context) => {
		const length = [...password].length
		if (length < PASSWORD_MIN_LENGTH) {
			context.addIssue({ code: z.ZodIssueCode.custom, message: 'accountForm.passwordTooShort' })
		} else if (length > PASSWORD_MAX_LENGTH) {
			context.addIssue({ code: z.ZodIssueCode.custom, message: 'accountForm.passwordTooLong' })
		} else if (isCommonPassword(password)) {
			context.addIssue({ code: z.ZodIssueCode.custom, message: 'accountForm.passwordTooCommon' })
		}
	})

/**
 * A password being checked against the stored hash (login, re-authentication).
 * No policy here: an account may predate today's rules. The upper bound only
 * keeps absurd input away from the hash function.
 */
export const existingPasswordSchema = z
	.string({ required_error: 'accountForm.passwordRequired' })
	.max(1024, 'accountForm.passwordTooLong')
