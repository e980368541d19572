import { z } from 'zod'
import { fieldSchemas } from '../listings/interchange-fields.ts'
import { message } from '../messages.ts'
import { apiScopes } from './scopes.ts'

// The token pages' forms. Each page's create form has its own schema; the
// fields they share are built once here.

const { optional, requiredLine, isoDate } = fieldSchemas

export const tokenNameMaxLength = 100

const tokenFields = {
	name: requiredLine('label.name', tokenNameMaxLength),
	scopes: z
		.array(z.enum(apiScopes, { errorMap: () => ({ message: message('apiTokens.scopes.required') }) }), {
			required_error: message('apiTokens.scopes.required'),
		})
		.min(1, message('apiTokens.scopes.required'))
		.transform((scopes) => [...new Set(scopes)]),
	expiresOn: optional(isoDate('label.expiryDate')),
}

/** An organisation admin's new token: for which of their organisations, and what it may read. */
export const organizationTokenSchema = z.object({
	organizationId: z.string({ required_error: message('accountForm.choose') }).uuid(message('accountForm.choose')),
	...tokenFields,
})

/** A coordinator's new token for the hub. */
export const hubTokenSchema = z.object(tokenFields)

export type NewTokenInput = z.output<typeof hubTokenSchema>

/** The confirmation of a revocation: the second step, after the page asked "are you sure?". */
export const revokeTokenSchema = z.object({
	tokenId: z.string({ required_error: message('accountForm.required') }).uuid(message('accountForm.required')),
})
