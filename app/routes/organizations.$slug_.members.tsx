import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Field, FormErrors, SelectField, SubmitButton, translateFormMessage } from '~/components/forms.tsx'
import { Notice } from '~/components/notice.tsx'
import { PageHeader } from '~/components/page-header.tsx'
import { findOrganization } from '~/domain/accounts/find-organization.server.ts'
import { formMessage } from '~/domain/accounts/form-messages.ts'
import { inviteMember } from '~/domain/accounts/invite-member.server.ts'
import { organizationMembers } from '~/domain/accounts/organization-members.server.ts'
import { removeMember } from '~/domain/accounts/remove-member.server.ts'
import { revokeInvitation } from '~/domain/accounts/revoke-invitation.server.ts'
import { inviteMemberSchema, removeMemberSchema, revokeInvitationSchema } from '~/domain/accounts/schemas.ts'
import { requirePermission } from '~/domain/auth/viewer.server.ts'
import { listingPath, listPath } from '~/domain/directory/types.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { requireParam } from '~/utils/params.server.ts'

// Organisation admins (and hub staff) manage who belongs. The permission is
// checked against THIS organisation's id, so an admin of another
// organisation who edits the URL gets 403, and ids posted in forms are
// matched within this organisation only.

async function organizationFor(params: LoaderFunctionArgs['params']) {
	const organization = await findOrganization(requireParam(params, 'slug', 'slug'))
	if (!organization) throw new Response(null, { status: 404 })
	return organization
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const organization = await organizationFor(params)
	const actor = await requirePermission(request, 'organization.manageMembers', { organizationId: organization.id })
	return {
		organization: { name: organization.name, path: listingPath({ type: 'organization', slug: organization.slug }) },
		...(await organizationMembers(actor, organization.id)),
	}
}

type Intent = 'invite' | 'remove' | 'revoke'

interface MembersActionData {
	intent: Intent
	result?: SubmissionResult
	notice?: { tone: 'success' | 'error'; message: string }
}

function answer(body: MembersActionData, status = 200) {
	return data(body, { status })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const organization = await organizationFor(params)
	const actor = await requirePermission(request, 'organization.manageMembers', { organizationId: organization.id })
	const formData = await request.formData()
	const intent = formData.get('intent')

	if (intent === 'invite') {
		const submission = parseWithZod(formData, { schema: inviteMemberSchema })
		if (submission.status !== 'success') return answer({ intent, result: submission.reply() }, 400)
		const result = await inviteMember(actor, organization.id, submission.value, {
			baseUrl: publicBaseUrl(),
			locale: resolveLocale(request).locale,
		})
		if (result.kind === 'already-member') {
			return answer({ intent, result: submission.reply({ fieldErrors: { email: ['orgMembers.alreadyMember'] } }) }, 400)
		}
		const message = formMessage('orgMembers.invited', { email: submission.value.email })
		return answer({ intent, result: submission.reply({ resetForm: true }), notice: { tone: 'success', message } })
	}

	if (intent === 'remove') {
		const submission = parseWithZod(formData, { schema: removeMemberSchema })
		if (submission.status !== 'success') throw new Response(null, { status: 400 })
		const result = await removeMember(actor, organization.id, submission.value.membershipId)
		if (result.kind === 'not-found') throw new Response(null, { status: 404 })
		if (result.kind === 'last-admin') {
			return answer({ intent, notice: { tone: 'error', message: 'orgMembers.lastAdmin' } }, 409)
		}
		// Left the organisation themselves: this page is no longer theirs to see.
		if (result.userId === actor.userId && !['coordinator', 'platform_admin'].includes(actor.platformRole)) {
			throw redirect('/account')
		}
		return answer({ intent, notice: { tone: 'success', message: 'orgMembers.removed' } })
	}

	if (intent === 'revoke') {
		const submission = parseWithZod(formData, { schema: revokeInvitationSchema })
		if (submission.status !== 'success') throw new Response(null, { status: 400 })
		const result = await revokeInvitation(actor, organization.id, submission.value.invitationId)
		if (result.kind === 'not-found') throw new Response(null, { status: 404 })
		return answer({ intent, notice: { tone: 'success', message: 'orgMembers.revoked' } })
	}

	throw new Response('Unknown action', { status: 400 })
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) =>
	documentMeta(matches, (i18n) => ({
		title: loaderData
			? i18n.t('orgMembers.title', { organization: loaderData.organization.name })
			: i18n.t('error.generic.title'),
	}))

function InviteForm({ actionData }: { actionData?: MembersActionData }) {
	const { t } = useT()
	const [form, fields] = useForm({
		id: 'invite',
		lastResult: actionData?.intent === 'invite' ? actionData.result : undefined,
		defaultValue: { role: 'member' },
		onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteMemberSchema }),
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
	})
	return (
		<section aria-labelledby="invite-heading" className="card p-5 sm:p-6">
			<h2 id="invite-heading" className="text-lg font-semibold text-slate-900">
				{t('orgMembers.inviteTitle')}
			</h2>
			<p className="mt-1 text-sm leading-relaxed text-slate-600">{t('orgMembers.inviteIntro')}</p>
			<Form method="post" {...getFormProps(form)} className="mt-5 space-y-5">
				<FormErrors id={form.errorId} errors={form.errors} />
				<Field
					label={t('accountForm.email')}
					inputProps={{ ...getInputProps(fields.email, { type: 'email' }), autoComplete: 'off' }}
					errorId={fields.email.errorId}
					errors={fields.email.errors}
				/>
				<SelectField
					label={t('orgMembers.role')}
					hint={t('orgMembers.roleHint')}
					selectProps={getSelectProps(fields.role)}
					options={[
						{ value: 'member', label: t('role.member') },
						{ value: 'admin', label: t('role.admin') },
					]}
					errorId={fields.role.errorId}
					errors={fields.role.errors}
				/>
				<SubmitButton name="intent" value="invite" pendingLabel={t('accountForm.sending')}>
					{t('orgMembers.inviteSubmit')}
				</SubmitButton>
			</Form>
		</section>
	)
}

export default function OrganizationMembersPage() {
	const { organization, members, invitations } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>() as MembersActionData | undefined
	const i18n = useT()
	const { t, formatDate } = i18n
	return (
		<>
			<PageHeader
				trail={[
					{ label: t('list.organization.title'), to: listPath('organization') },
					{ label: organization.name, to: organization.path },
				]}
				title={t('orgMembers.title', { organization: organization.name })}
				crumb={t('orgMembers.crumb')}
			/>
			<div className="container-page py-8 sm:py-10">
				{actionData?.notice ? (
					<Notice tone={actionData.notice.tone} className="mb-6">
						<p>{translateFormMessage(i18n, actionData.notice.message)}</p>
					</Notice>
				) : null}
				<div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:gap-8">
					<div className="space-y-6">
						<section aria-labelledby="members-heading" className="card p-5 sm:p-6">
							<h2 id="members-heading" className="text-lg font-semibold text-slate-900">
								{t('orgMembers.membersTitle')} <span className="font-normal text-slate-600">({members.length})</span>
							</h2>
							<ul className="mt-4 divide-y divide-slate-100">
								{members.map((member) => (
									<li key={member.membershipId} className="flex flex-wrap items-center justify-between gap-3 py-3">
										<div className="min-w-0">
											<p className="font-medium text-slate-900">
												{member.name}
												{member.isViewer ? (
													<span className="font-normal text-slate-600"> ({t('orgMembers.you')})</span>
												) : null}
											</p>
											<p className="truncate text-sm text-slate-600">{member.email}</p>
											<p className="text-sm text-slate-600">
												{t(member.role === 'admin' ? 'role.admin' : 'role.member')} ·{' '}
												{t('orgMembers.since', { date: formatDate(member.since) })}
											</p>
										</div>
										{member.removable ? (
											<Form method="post">
												<input type="hidden" name="membershipId" value={member.membershipId} />
												<button
													type="submit"
													name="intent"
													value="remove"
													className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-red-700 hover:bg-red-50"
												>
													{t('orgMembers.remove')}
													<span className="sr-only"> {member.name}</span>
												</button>
											</Form>
										) : (
											<span className="text-xs text-slate-600">{t('orgMembers.lastAdminNote')}</span>
										)}
									</li>
								))}
							</ul>
						</section>
						{invitations.length ? (
							<section aria-labelledby="invitations-heading" className="card p-5 sm:p-6">
								<h2 id="invitations-heading" className="text-lg font-semibold text-slate-900">
									{t('orgMembers.invitationsTitle')}
								</h2>
								<ul className="mt-4 divide-y divide-slate-100">
									{invitations.map((invitation) => (
										<li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
											<div className="min-w-0">
												<p className="truncate font-medium text-slate-900">{invitation.email}</p>
												<p className="text-sm text-slate-600">
													{t(invitation.role === 'admin' ? 'role.admin' : 'role.member')} ·{' '}
													{t('orgMembers.expires', { date: formatDate(invitation.expiresAt) })}
												</p>
											</div>
											<Form method="post">
												<input type="hidden" name="invitationId" value={invitation.id} />
												<button
													type="submit"
													name="intent"
													value="revoke"
													className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-50"
												>
													{t('orgMembers.revoke')}
													<span className="sr-only"> {invitation.email}</span>
												</button>
											</Form>
										</li>
									))}
								</ul>
							</section>
						) : null}
					</div>
					<div>
						<InviteForm actionData={actionData} />
					</div>
				</div>
			</div>
		</>
	)
}

export const ErrorBoundary = GeneralErrorBoundary
