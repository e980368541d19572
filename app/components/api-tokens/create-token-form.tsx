import type { SubmissionResult } from '@conform-to/react'
import {
	ChoiceFieldset,
	Field,
	SchemaForm,
	schemaOnUse,
	SelectField,
	SubmitButton,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { Section } from '~/components/section.tsx'
import type { TokenOwner } from '~/domain/api-tokens/list-api-tokens.server.ts'
import { apiScopes } from '~/domain/api-tokens/scopes.ts'
import type { TokenPageOwner } from '~/http/api-token-pages.server.ts'
import { useT } from '~/i18n/use-t.ts'

const hubTokenSchemaOnUse = schemaOnUse(() =>
	import('~/domain/api-tokens/schemas.ts').then((module) => module.hubTokenSchema),
)
const organizationTokenSchemaOnUse = schemaOnUse(() =>
	import('~/domain/api-tokens/schemas.ts').then((module) => module.organizationTokenSchema),
)

/** A new token: its name, what it may read, an optional expiry day, and on an admin's page for which organisation. */
export function CreateTokenForm({
	owner,
	owners,
	lastResult,
}: {
	owner: TokenPageOwner
	owners: TokenOwner[]
	lastResult?: SubmissionResult<string[]>
}) {
	const { t } = useT()
	// The two pages' forms differ by the organisation field only; the browser checks each with its own schema.
	const [form, fields] = useSchemaForm(owner === 'hub' ? hubTokenSchemaOnUse : organizationTokenSchemaOnUse, {
		id: 'create-token',
		lastResult,
		checkFirst: 'onSubmit',
	})
	const organizations = owners.filter((each) => each.organizationId !== null)
	const organizationField = (fields as typeof fields & Partial<Record<'organizationId', typeof fields.name>>)
		.organizationId
	return (
		<Section id="create-heading" heading={t('apiTokens.create.title')} size="lg" className="card p-5 sm:p-6">
			<SchemaForm
				form={form}
				className="mt-5 space-y-5"
				hidden={organizations.length === 1 ? { organizationId: organizations[0]!.organizationId } : undefined}
			>
				{organizations.length > 1 && organizationField ? (
					<SelectField
						meta={organizationField}
						label={t('apiTokens.field.organization')}
						options={organizations.map((each) => ({ value: each.organizationId!, label: each.name }))}
					/>
				) : null}
				<Field
					meta={fields.name}
					label={t('label.name')}
					hint={t('apiTokens.field.nameHint')}
					inputProps={{ autoComplete: 'off' }}
				/>
				<ChoiceFieldset
					id={fields.scopes.id}
					name={fields.scopes.name}
					type="checkbox"
					legend={t('apiTokens.field.scopes')}
					choices={apiScopes.map((scope) => ({
						value: scope,
						label: t(`apiTokens.scope.${scope}`),
						hint: t(`apiTokens.scopeHint.${scope}`),
					}))}
					selected={fields.scopes.initialValue as string[] | undefined}
					errors={fields.scopes.errors}
					errorId={fields.scopes.errorId}
				/>
				<Field
					meta={fields.expiresOn}
					type="date"
					label={t('label.expiryDate')}
					hint={t('apiTokens.field.expiresOnHint')}
				/>
				<SubmitButton name="intent" value="create" pendingLabel={t('apiTokens.create.pending')}>
					{t('apiTokens.create.submit')}
				</SubmitButton>
			</SchemaForm>
		</Section>
	)
}
