import type { SubmissionResult } from '@conform-to/react'
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, type MetaFunction, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import {
	FormErrors,
	formProps,
	HiddenFields,
	Notice,
	schemaOnUse,
	SelectField,
	SubmitButton,
	TextareaField,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { handleForm } from '~/components/forms/form-action.server.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { requirePermission } from '~/http/viewer.server.ts'
import { expressInterest } from '~/domain/requests/express-interest.server.ts'
import { interestFormSchema } from '~/domain/requests/request-form-schema.ts'
import { openCallBoard, requesterOrganizations } from '~/domain/requests/request-views.server.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { isRecordId, notFound } from '~/http/params.server.ts'
import { needTexts } from '~/i18n/messages.ts'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

const interestFormSchemaOnUse = schemaOnUse(() =>
	import('~/domain/requests/request-form-schema.ts').then((module) => module.interestFormSchema),
)

// A member's page, outside the member area's layout: it shows their texts.
await needTexts('members')

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
		{ echo: { requestId } },
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
	const { t } = useT()
	const [form, fields] = useSchemaForm(interestFormSchemaOnUse, {
		id: `interest-${call.id}`,
		lastResult,
	})
	const open = organizations.filter((organization) => !call.interestedOrganizationIds.includes(organization.id))
	if (!open.length) return <p className="font-medium text-emerald-800">{t('openCalls.alreadyInterested')}</p>
	return (
		<Form method="post" {...formProps(form)} noValidate className="space-y-3">
			<HiddenFields values={{ requestId: call.id }} />
			<FormErrors messages={form.errors} />
			{open.length > 1 ? (
				<SelectField
					meta={fields.organizationId}
					label={t('openCalls.interestOrganization')}
					options={open.map((organization) => ({ value: organization.id, label: organization.name }))}
				/>
			) : (
				<HiddenFields values={{ [fields.organizationId.name]: open[0]!.id }} />
			)}
			<TextareaField meta={fields.message} label={t('openCalls.interestMessage')} rows={3} />
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
				{searchParams.get('done') === 'interest' ? <Notice tone="success">{t('openCalls.interestSent')}</Notice> : null}
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
