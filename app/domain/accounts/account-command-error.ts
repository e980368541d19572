import type { ZodError } from 'zod'

const readable: Record<string, string> = {
	'accountForm.emailRequired': 'an e-mail address is required',
	'accountForm.emailInvalid': 'that is not an e-mail address',
	'accountForm.nameRequired': 'a name is required',
	'accountForm.nameTooLong': 'the name is longer than 100 characters',
	'accountForm.passwordRequired': 'a password is required',
	'accountForm.passwordTooShort': 'the password is shorter than 12 characters',
	'accountForm.passwordTooLong': 'the password is longer than 128 characters',
	'accountForm.passwordTooCommon': 'the password is one of the most common passwords; choose another',
	'accountForm.choose': 'choose one of user, coordinator, platform_admin',
}

/** A refusal of an operator command, worded for the person at the terminal. */
export class AccountCommandError extends Error {
	constructor(message: string) {
		super(message)
		this.name = 'AccountCommandError'
	}

	static fromZod(error: ZodError): AccountCommandError {
		const problems = error.issues.map((issue) => `${issue.path.join('.')}: ${readable[issue.message] ?? issue.message}`)
		return new AccountCommandError(problems.join('; '))
	}
}
