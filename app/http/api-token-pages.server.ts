// What the two token pages (an organisation admin's, a coordinator's) load
// and do: the same list, the same two-step revocation, the same creation
// that shows the new token once, in the action's answer and nowhere else.
import { badRequest, handleForm, stay } from '~/components/forms/form-action.server.ts'
import { createApiToken } from '~/domain/api-tokens/create-api-token.server.ts'
import { listApiTokens } from '~/domain/api-tokens/list-api-tokens.server.ts'
import { revokeApiToken } from '~/domain/api-tokens/revoke-api-token.server.ts'
import { hubTokenSchema, organizationTokenSchema, revokeTokenSchema } from '~/domain/api-tokens/schemas.ts'
import type { Actor } from '~/domain/auth/permissions.ts'
import { message } from '~/domain/messages.ts'
import { forbidden } from './viewer.server.ts'

export type TokenPageOwner = 'organizations' | 'hub'

/** The tokens of the page's owners, and the one `?revoke=` asks to confirm (an active one of theirs, or none). */
export async function apiTokenPageData(request: Request, actor: Actor, owner: TokenPageOwner) {
	const owners = await listApiTokens(actor, { hub: owner === 'hub' })
	// Only organisation admins have this page's organisations: anyone else has nothing to manage here.
	if (!owners.length) throw forbidden('organizationAdmins')
	const revoke = new URL(request.url).searchParams.get('revoke')
	const confirming = owners
		.flatMap((each) => each.tokens)
		.find((token) => token.id === revoke && token.status === 'active')
	return {
		owners,
		confirming: confirming ? { id: confirming.id, name: confirming.name, prefix: confirming.prefix } : null,
	}
}

/** The token pages' one action: `create` answers with the new token's text once; `revoke` is the confirmed second step. */
export async function apiTokenAction(request: Request, actor: Actor, owner: TokenPageOwner) {
	const formData = await request.formData()
	const intent = formData.get('intent')
	const created = (token: { text: string }, name: string) =>
		stay({ resetForm: true, extra: { created: { name, text: token.text } } })
	if (intent === 'create' && owner === 'hub')
		return handleForm(
			formData,
			hubTokenSchema,
			async (value) => created(await createApiToken(actor, null, value), value.name),
			{ echo: { intent } },
		)
	if (intent === 'create')
		return handleForm(
			formData,
			organizationTokenSchema,
			async ({ organizationId, ...value }) => created(await createApiToken(actor, organizationId, value), value.name),
			{ echo: { intent } },
		)
	if (intent === 'revoke')
		return handleForm(
			formData,
			revokeTokenSchema,
			async ({ tokenId }) => {
				await revokeApiToken(actor, tokenId)
				return stay({ notice: { tone: 'success', message: message('apiTokens.revoked') } })
			},
			{ echo: { intent } },
		)
	throw badRequest()
}
