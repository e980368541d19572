import { type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import {
	Notice,
	SchemaForm,
	schemaOnUse,
	SubmitButton,
	TextareaField,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { handleForm, stay } from '~/components/forms/form-action.server.ts'
import { OrganizationPage } from '~/components/page-header.tsx'
import { LinkLine } from '~/components/link-line.tsx'
import { claimOrganization, claimStanding, type ClaimStanding } from '~/domain/accounts/claim-organization.server.ts'
import { findOrganization } from '~/domain/accounts/find-organization.server.ts'
import { claimOrganizationSchema } from '~/domain/accounts/schemas.ts'
import { requireActor } from '~/http/viewer.server.ts'
import { listingPath } from '~/domain/directory/types.ts'
import type { PlainMessageKey } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { requireFound, requireParam } from '~/http/params.server.ts'
import { needTexts } from '~/i18n/messages.ts'

// Signed in only: the claim's own texts are the members' part, its form's words the accounts'.
await needTexts('members', 'accounts')

const claimOrganizationSchemaOnUse = schemaOnUse(() =>
	import('~/domain/accounts/schemas.ts').then((module) => module.claimOrganizationSchema),
)

// A signed-in, verified user who does not belong to an organisation asks to
// manage it; a coordinator decides at /coordinator/claims.

const organizationFor = async (params: LoaderFunctionArgs['params']) =>
	requireFound(await findOrganization(requireParam(params, 'slug', 'slug')))

export async function loader({ request, params }: LoaderFunctionArgs) {
	const organization = await organizationFor(params)
	const actor = await requireActor(request)
	return {
		organization: { name: organization.name, path: listingPath({ type: 'organization', slug: organization.slug }) },
		standing: await claimStanding(actor, organization.id),
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const organization = await organizationFor(params)
	const actor = await requireActor(request)
	return handleForm(await request.formData(), claimOrganizationSchema, async (value) => {
		const result = await claimOrganization(actor, organization.id, value)
		return stay({ extra: { outcome: result.kind === 'submitted' ? ('submitted' as const) : result.standing } })
	})
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	documentMeta(matches, (i18n) => ({
		title: data ? i18n.t('orgClaim.title', { organization: data.organization.name }) : i18n.t('error.generic.title'),
	}))

const standingMessages: Record<Exclude<ClaimStanding, 'open'>, { title: PlainMessageKey; body: PlainMessageKey }> = {
	unverified: { title: 'orgClaim.unverifiedTitle', body: 'orgClaim.unverifiedBody' },
	member: { title: 'orgClaim.memberTitle', body: 'orgClaim.memberBody' },
	pending: { title: 'orgClaim.pendingTitle', body: 'orgClaim.pendingBody' },
}

export default function ClaimOrganizationPage() {
	const { organization, standing } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	const outcome: 'submitted' | Exclude<ClaimStanding, 'open'> | undefined = actionData?.outcome
	const [form, fields] = useSchemaForm(claimOrganizationSchemaOnUse, {
		id: 'claim',
		lastResult: outcome ? undefined : actionData?.result,
	})
	const blocked = outcome && outcome !== 'submitted' ? outcome : standing !== 'open' ? standing : null
	return (
		<OrganizationPage
			organization={organization}
			title={t('orgClaim.title', { organization: organization.name })}
			crumb={t('orgClaim.crumb')}
		>
			<div className="card max-w-2xl p-5 sm:p-7">
				{outcome === 'submitted' ? (
					<Notice tone="success" title={t('orgClaim.submittedTitle')}>
						<p>{t('orgClaim.submittedBody')}</p>
					</Notice>
				) : blocked ? (
					<Notice tone="info" title={t(standingMessages[blocked].title)}>
						<p>{t(standingMessages[blocked].body)}</p>
					</Notice>
				) : (
					<SchemaForm form={form} intro={<p className="leading-relaxed text-slate-700">{t('orgClaim.intro')}</p>}>
						<TextareaField meta={fields.message} label={t('orgClaim.message')} hint={t('orgClaim.messageHint')} />
						<SubmitButton pendingLabel={t('accountForm.sending')}>{t('orgClaim.submit')}</SubmitButton>
					</SchemaForm>
				)}
				<LinkLine to={organization.path} className="mt-6">
					{t('orgClaim.back', { organization: organization.name })}
				</LinkLine>
			</div>
		</OrganizationPage>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
