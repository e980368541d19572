import { getFormProps, getTextareaProps, type SubmissionResult, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, type MetaFunction, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { FieldMessages, inputClass, labelClass, Notice } from '~/components/form-controls.tsx'
import { SubmitButton } from '~/components/forms.tsx'
import { handleForm } from '~/components/form-action.server.ts'
import { localizeFormError } from '~/components/listing-form/form-errors.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { requirePermission } from '~/domain/auth/viewer.server.ts'
import { expressInterest } from '~/domain/requests/express-interest.server.ts'
import { interestFormSchema } from '~/domain/requests/request-form-schema.ts'
import { openCallBoard, requesterOrganizations } from '~/domain/requests/request-views.server.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { isRecordId, notFound } from '~/utils/params.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requirePermission(request, 'openCalls.read')
	const [calls, organizations] = await Promise.all([openCallBoard(actor), requesterOrganizations(actor)])
	return { calls, organizations }
}

export async function action({ request }: ActionFunctionArgs) {
	const actor = await requirePermission(request, 'openCalls.read')
	const formData = await request.formData()
	const requestId = String(formData.get('requestId') ?? '')
	if (!isRecordId(requestId)) throw notFound()
	return handleForm(
		formData,
		interestFormSchema,
		async (value) => {
			await expressInterest({ actor, requestId, ...value, baseUrl: publicBaseUrl() })
			return `/open-calls?done=interest#call-${requestId}`
		},
		{ requestId },
	)
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('openCalls.title') }))

type Call = ReturnType<typeof useLoaderData<typeof loader>>['calls'][number]

function InterestForm({
	call,
	organizations,
	lastResult,
}: {
	call: Call
	organizations: ReadonlyArray<{ id: string; name: string }>
	lastResult?: SubmissionResult<string[]>
}) {
	const i18n = useT()
	const { t } = i18n
	const [form, fields] = useForm({
		id: `interest-${call.id}`,
		lastResult,
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: interestFormSchema }),
	})
	const localized = (messages: readonly string[] | undefined) =>
		(messages ?? []).map((message) => localizeFormError(message, i18n))
	const open = organizations.filter((organization) => !call.interestedOrganizationIds.includes(organization.id))
	if (!open.length) return <p className="font-medium text-emerald-800">{t('openCalls.alreadyInterested')}</p>
	return (
		<Form method="post" {...getFormProps(form)} noValidate className="space-y-3">
			<input type="hidden" name="requestId" value={call.id} />
			{localized(form.errors).length ? (
				<Notice tone="error" role="alert">
					{localized(form.errors).join(' ')}
				</Notice>
			) : null}
			{open.length > 1 ? (
				<div>
					<label htmlFor={fields.organizationId.id} className={labelClass}>
						{t('openCalls.interestOrganization')}
					</label>
					<select id={fields.organizationId.id} name={fields.organizationId.name} className={`${inputClass} mt-1.5`}>
						{open.map((organization) => (
							<option key={organization.id} value={organization.id}>
								{organization.name}
							</option>
						))}
					</select>
				</div>
			) : (
				<input type="hidden" name={fields.organizationId.name} value={open[0]!.id} />
			)}
			<div>
				<label htmlFor={fields.message.id} className={labelClass}>
					{t('openCalls.interestMessage')}
				</label>
				<textarea
					{...getTextareaProps(fields.message)}
					key={fields.message.key}
					rows={3}
					className={`${inputClass} mt-1.5`}
				/>
				<FieldMessages id={fields.message.errorId} messages={localized(fields.message.errors)} />
			</div>
			<SubmitButton tone="secondary">{t('openCalls.sendInterest')}</SubmitButton>
		</Form>
	)
}

export default function OpenCallsPage() {
	const { calls, organizations } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [searchParams] = useSearchParams()
	const { t, term, formatDate } = useT()
	return (
		<>
			<PageHeader trail={[]} title={t('openCalls.title')}>
				<p className="mt-3 max-w-3xl text-lg text-slate-700">{t('openCalls.intro')}</p>
			</PageHeader>
			<div className="container-page space-y-6 py-8 sm:py-10">
				{searchParams.get('done') === 'interest' ? (
					<Notice tone="success" role="status">
						{t('openCalls.interestSent')}
					</Notice>
				) : null}
				{calls.length === 0 ? <p className="text-slate-700">{t('openCalls.empty')}</p> : null}
				<ul className="space-y-4">
					{calls.map((call) => (
						<li key={call.id} id={`call-${call.id}`} className="card space-y-4 p-5 sm:p-6">
							<div>
								<h2 className="text-lg font-semibold text-slate-900">{call.title}</h2>
								<p className="mt-1 text-sm text-slate-600">
									{call.submittedAt ? t('openCalls.postedOn', { date: formatDate(call.submittedAt) }) : null}
									{call.neededBy ? ` · ${t('openCalls.neededBy', { date: formatDate(call.neededBy) })}` : ''}
								</p>
							</div>
							<p className="max-w-3xl text-slate-800">{call.teaser}</p>
							{call.services.length || call.modalities.length ? (
								<ul className="flex flex-wrap gap-2" aria-label={t('requestDetail.needs')}>
									{[
										...call.services.map((code) => term('services', code)),
										...call.modalities.map((code) => term('modalities', code)),
									].map((label) => (
										<li key={label} className="rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-800">
											{label}
										</li>
									))}
								</ul>
							) : null}
							{organizations.length ? (
								<InterestForm
									call={call}
									organizations={organizations}
									lastResult={
										actionData && actionData.requestId === call.id
											? (actionData.result as SubmissionResult<string[]>)
											: undefined
									}
								/>
							) : (
								<p className="text-sm text-slate-600">{t('openCalls.noOrganization')}</p>
							)}
						</li>
					))}
				</ul>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
