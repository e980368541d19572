import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import {
	ActionButton,
	confirmingFor,
	confirmingValue,
	ConfirmPanel,
	Field,
	IntentForm,
	IntentNotice,
	type IntentReply,
	replyFor,
	schemaOnUse,
	SelectField,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { confirmFirst, formIntent, handleIntents, refuse, stay } from '~/components/forms/form-action.server.ts'
import { OrganizationPage } from '~/components/page-header.tsx'
import { CardSection } from '~/components/section.tsx'
import { findOrganization } from '~/domain/accounts/find-organization.server.ts'
import { message } from '~/domain/messages.ts'
import { inviteMember } from '~/domain/accounts/invite-member.server.ts'
import { organizationMembers } from '~/domain/accounts/organization-members.server.ts'
import { removeMember } from '~/domain/accounts/remove-member.server.ts'
import { revokeInvitation } from '~/domain/accounts/revoke-invitation.server.ts'
import { inviteMemberSchema, removeMemberSchema, revokeInvitationSchema } from '~/domain/accounts/schemas.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { listingPath } from '~/domain/directory/types.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { isStaff } from '~/domain/auth/permissions.ts'
import { notFound, requireFound, requireParam } from '~/http/params.server.ts'
import { needTexts } from '~/i18n/messages.ts'

// Signed in only: the page's own texts are the members' part, its form's words the accounts', the roles the
// memberships'.
await needTexts('members', 'accounts', 'memberships')

const inviteMemberSchemaOnUse = schemaOnUse(() =>
	import('~/domain/accounts/schemas.ts').then((module) => module.inviteMemberSchema),
)

// Organisation admins (and hub staff) manage who belongs. The permission is
// checked against THIS organisation's id, so an admin of another
// matched within this organisation only.

const organizationFor = async (params: LoaderFunctionArgs['params']) =>
	requireFound(await findOrganization(requireParam(params, 'slug', 'slug')))

export async function loader({ request, params }: LoaderFunctionArgs) {
	const organization = await organizationFor(params)
	const actor = await requirePermission(request, 'organization.manageMembers', { organizationId: organization.id })
	return {
		organization: { name: organization.name, path: listingPath({ type: 'organization', slug: organization.slug }) },
		...(await organizationMembers(actor, organization.id)),
	}
}

type Intent = 'invite' | 'remove' | 'revoke'

type MembersActionData = IntentReply<Intent>

export async function action({ request, params }: ActionFunctionArgs) {
	const organization = await organizationFor(params)
	const actor = await requirePermission(request, 'organization.manageMembers', { organizationId: organization.id })
	const formData = await request.formData()
	// Asked about only what this page lists: another organisation's member or invitation is as unknown as a missing one.
	const listed = async (found: (page: Awaited<ReturnType<typeof organizationMembers>>) => boolean) => {
		if (!found(await organizationMembers(actor, organization.id))) throw notFound()
		return {}
	}
	const memberListed = ({ membershipId }: { membershipId: string }) =>
		listed(({ members }) => members.some((member) => member.membershipId === membershipId))
	const invitationListed = ({ invitationId }: { invitationId: string }) =>
		listed(({ invitations }) => invitations.some((invitation) => invitation.id === invitationId))
	return handleIntents(formData, {
		invite: formIntent(inviteMemberSchema, async (value) => {
			const result = await inviteMember(actor, organization.id, value, {
				baseUrl: publicBaseUrl(),
				locale: resolveLocale(request).locale,
			})
			if (result.kind === 'already-member') return refuse(message('orgMembers.alreadyMember'), 'email')
			return stay({
				resetForm: true,
				notice: { tone: 'success', message: message('orgMembers.invited', { email: value.email }) },
			})
		}),
		// Neither can be undone (the person needs a new invitation): each asks first.
		remove: formIntent(
			removeMemberSchema,
			confirmFirst(
				formData,
				async ({ membershipId }) => {
					const result = await removeMember(actor, organization.id, membershipId)
					if (result.kind === 'not-found') throw notFound()
					if (result.kind === 'last-admin') return refuse(message('orgMembers.lastAdmin'))
					// Left the organisation themselves: this page is no longer theirs to see.
					if (result.userId === actor.userId && !isStaff(actor)) return '/account'
					return stay<never>({ notice: { tone: 'success', message: message('orgMembers.removed') } })
				},
				memberListed,
			),
		),
		revoke: formIntent(
			revokeInvitationSchema,
			confirmFirst(
				formData,
				async ({ invitationId }) => {
					const result = await revokeInvitation(actor, organization.id, invitationId)
					if (result.kind === 'not-found') throw notFound()
					return stay<never>({ notice: { tone: 'success', message: message('orgMembers.revoked') } })
				},
				invitationListed,
			),
		),
	})
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) =>
	documentMeta(matches, (i18n) => ({
		title: loaderData
			? i18n.t('orgMembers.title', { organization: loaderData.organization.name })
			: i18n.t('error.generic.title'),
	}))

function InviteForm({ actionData }: { actionData?: MembersActionData }) {
	const { t } = useT()
	const [form, fields] = useSchemaForm(inviteMemberSchemaOnUse, {
		id: 'invite',
		lastResult: replyFor(actionData, 'invite'),
		defaultValue: { role: 'member' },
	})
	return (
		<CardSection id="invite-heading" heading={t('orgMembers.inviteTitle')} description={t('orgMembers.inviteIntro')}>
			<IntentForm
				form={form}
				intent="invite"
				submit={t('orgMembers.inviteSubmit')}
				pendingLabel={t('accountForm.sending')}
			>
				<Field meta={fields.email} type="email" label={t('accountForm.email')} inputProps={{ autoComplete: 'off' }} />
				<SelectField
					meta={fields.role}
					label={t('orgMembers.role')}
					hint={t('orgMembers.roleHint')}
					options={inviteMemberSchema.shape.role.options.map((role) => ({ value: role, label: t(`role.${role}`) }))}
				/>
			</IntentForm>
		</CardSection>
	)
}

export default function OrganizationMembersPage() {
	const { organization, members, invitations } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>() as MembersActionData | undefined
	const { t, formatDate } = useT()
	const confirmingRemove = confirmingFor(actionData, 'remove')
	const removing = confirmingValue(confirmingRemove, 'membershipId')
	const confirmingRevoke = confirmingFor(actionData, 'revoke')
	const revoking = confirmingValue(confirmingRevoke, 'invitationId')
	return (
		<OrganizationPage
			organization={organization}
			title={t('orgMembers.title', { organization: organization.name })}
			crumb={t('orgMembers.crumb')}
		>
			<IntentNotice reply={actionData} buttonsOnly={['remove', 'revoke']} className="mb-6" />
			<div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:gap-8">
				<div className="space-y-6">
					<CardSection
						id="members-heading"
						heading={
							<>
								{t('orgMembers.membersTitle')} <span className="font-normal text-slate-600">({members.length})</span>
							</>
						}
						bodyClassName="mt-4"
					>
						<ul className="divide-y divide-slate-100">
							{members.map((member) => (
								<li key={member.membershipId} className="flex flex-wrap items-center justify-between gap-3 py-3">
									<div className="min-w-0">
										<p className="font-medium text-slate-900">
											{member.name}
											{member.isViewer ? (
												<span className="font-normal text-slate-600"> ({t('orgMembers.you')})</span>
											) : null}
										</p>
										<p className="text-sm break-all text-slate-600">{member.email}</p>
										<p className="text-sm text-slate-600">
											{t(`role.${member.role}`)} · {t('orgMembers.since', { date: formatDate(member.since) })}
										</p>
									</div>
									{member.membershipId === removing ? (
										<div className="basis-full">
											<ConfirmPanel
												heading={t('orgMembers.confirmRemove.heading', {
													name: member.name,
													organization: organization.name,
												})}
												intent="remove"
												fields={confirmingRemove ?? []}
												confirm={t('orgMembers.confirmRemove.yes', { name: member.name })}
												back="members-heading"
											>
												<p>{t('orgMembers.confirmRemove.what')}</p>
												{member.isViewer ? <p>{t('orgMembers.confirmRemove.self')}</p> : null}
											</ConfirmPanel>
										</div>
									) : member.removable ? (
										<ActionButton
											intent="remove"
											fields={{ membershipId: member.membershipId }}
											tone="dangerQuiet"
											size="sm"
										>
											{t('orgMembers.remove')}
											<span className="sr-only"> {member.name}</span>
										</ActionButton>
									) : (
										<span className="text-xs text-slate-600">{t('orgMembers.lastAdminNote')}</span>
									)}
								</li>
							))}
						</ul>
					</CardSection>
					{invitations.length ? (
						<CardSection id="invitations-heading" heading={t('orgMembers.invitationsTitle')} bodyClassName="mt-4">
							<ul className="divide-y divide-slate-100">
								{invitations.map((invitation) => (
									<li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
										<div className="min-w-0">
											<p className="font-medium break-all text-slate-900">{invitation.email}</p>
											<p className="text-sm text-slate-600">
												{t(`role.${invitation.role}`)} ·{' '}
												{t('orgMembers.expires', { date: formatDate(invitation.expiresAt) })}
											</p>
										</div>
										{invitation.id === revoking ? (
											<div className="basis-full">
												<ConfirmPanel
													heading={t('orgMembers.confirmRevoke.heading', { email: invitation.email })}
													intent="revoke"
													fields={confirmingRevoke ?? []}
													confirm={t('orgMembers.confirmRevoke.yes')}
													back="invitations-heading"
												>
													<p>{t('orgMembers.confirmRevoke.what')}</p>
												</ConfirmPanel>
											</div>
										) : (
											<ActionButton intent="revoke" fields={{ invitationId: invitation.id }} tone="secondary" size="sm">
												{t('orgMembers.revoke')}
												<span className="sr-only"> {invitation.email}</span>
											</ActionButton>
										)}
									</li>
								))}
							</ul>
						</CardSection>
					) : null}
				</div>
				<div>
					<InviteForm actionData={actionData} />
				</div>
			</div>
		</OrganizationPage>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
