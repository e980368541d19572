import type { SubmissionResult } from '@conform-to/react'
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import {
	ChoiceFieldset,
	FormErrors,
	formLevelErrors,
	hintClass,
	Notice,
	replyFor,
	SchemaForm,
	schemaOnUse,
	SubmitButton,
	TextareaField,
	useDone,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { formIntent, handleIntents, noFields } from '~/components/forms/form-action.server.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { Section } from '~/components/section.tsx'
import { EmailItem, PersonItem, WebsiteItem } from '~/components/requests/contact-items.tsx'
import { MessageThread } from '~/components/requests/message-thread.tsx'
import { RequestNeedsList } from '~/components/requests/request-needs.tsx'
import { RouteResponses } from '~/components/requests/route-responses.tsx'
import { RouteStatusBadge } from '~/components/requests/status-badges.tsx'
import { requireViewOf } from '~/http/viewer.server.ts'
import { acceptTerms } from '~/domain/requests/accept-terms.server.ts'
import { canRoute } from '~/domain/requests/lifecycle.ts'
import { postMessage } from '~/domain/requests/post-message.server.ts'
import { messageFormSchema, responseFormSchema } from '~/domain/requests/request-form-schema.ts'
import { routeForProvider } from '~/domain/requests/request-views.server.ts'
import { respondToRoute } from '~/domain/requests/respond-to-route.server.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { requireParam } from '~/http/params.server.ts'

const responseFormSchemaOnUse = schemaOnUse(() =>
	import('~/domain/requests/request-form-schema.ts').then((module) => module.responseFormSchema),
)

// Someone who does not answer for the provider learns nothing, not even that it exists.
const load = (request: Request, routeId: string | undefined) =>
	requireViewOf(request, (actor) => routeForProvider(actor, routeId))

export async function loader({ request, params }: LoaderFunctionArgs) {
	return (await load(request, requireParam(params, 'routeId', 'id'))).view
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { actor: viewer, view } = await load(request, requireParam(params, 'routeId', 'id'))
	const routeId = view.route.id
	const here = `/inbox/${routeId}`
	const baseUrl = publicBaseUrl()
	return handleIntents(await request.formData(), {
		terms: formIntent(noFields, async () => {
			await acceptTerms({ actor: viewer, routeId })
			return `${here}?done=terms`
		}),
		respond: formIntent(responseFormSchema, async (value) => {
			await respondToRoute({ actor: viewer, routeId, ...value, baseUrl })
			return `${here}?done=answered`
		}),
		message: formIntent(messageFormSchema, async ({ body }) => {
			await postMessage({ actor: viewer, routeId, body, baseUrl })
			return `${here}?done=message#thread-${routeId}-heading`
		}),
	})
}

export const meta: MetaFunction<typeof loader> = ({ data: view, matches }) =>
	documentMeta(matches, (i18n) => ({ title: view?.request.title ?? i18n.t('error.notFound.title') }))

type View = ReturnType<typeof useLoaderData<typeof loader>>

const doneMessages = { terms: 'route.termsAccepted', answered: 'route.answered', message: 'thread.sent' } as const

/** The answer form: interested and question need the terms; declining is possible from the teaser alone. */
function AnswerForm({
	status,
	termsAccepted,
	lastResult,
}: {
	status: View['route']['status']
	termsAccepted: boolean
	lastResult?: SubmissionResult<string[]>
}) {
	const { t } = useT()
	const [form, fields] = useSchemaForm(responseFormSchemaOnUse, { id: 'answer', lastResult })
	const options = (
		[
			['interested', 'route.answerInterested', 'express-interest'],
			['question', 'route.answerQuestion', 'ask'],
			['declined', 'route.answerDeclined', 'decline'],
		] as const
	).filter(([kind, , event]) => canRoute(status, event) && (termsAccepted || kind === 'declined'))
	if (!options.length) return null
	return (
		<Section id="answer-heading" heading={t('route.answerHeading')} className="card space-y-4 p-5 sm:p-6">
			{!termsAccepted ? <p className={hintClass}>{t('route.declineOnly')}</p> : null}
			<SchemaForm form={form} className="space-y-4">
				<ChoiceFieldset
					id={fields.kind.id}
					name={fields.kind.name}
					type="radio"
					legend={t('route.answer')}
					choices={options.map(([kind, label]) => ({ value: kind, label: t(label) }))}
					// Nothing is chosen for the provider, not even when one answer is all that is left.
					selected={fields.kind.initialValue}
					errors={fields.kind.errors}
					errorId={fields.kind.errorId}
				/>
				<TextareaField
					meta={fields.message}
					label={t('route.answerMessage')}
					hint={t('route.answerMessageHint')}
					rows={4}
				/>
				<SubmitButton name="intent" value="respond">
					{t('route.sendAnswer')}
				</SubmitButton>
			</SchemaForm>
		</Section>
	)
}

export default function InboxRoutePage() {
	const { route, request, requester } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t, formatDate } = useT()
	const doneKey = useDone(doneMessages)
	const termsAccepted = route.termsAcceptedAt !== null
	const termsErrors = formLevelErrors(replyFor(actionData, 'terms')?.error ?? {})
	return (
		<>
			<PageHeader
				trail={[{ label: t('inbox.title'), to: '/inbox' }]}
				title={request.title}
				badge={<RouteStatusBadge status={route.status} />}
			>
				<p className="mt-3 text-slate-700">
					{t('route.forProvider', { provider: route.providerName })} ·{' '}
					{t('route.receivedOn', { date: formatDate(route.routedAt) })}
				</p>
			</PageHeader>
			<div className="container-page space-y-8 py-8 sm:py-10">
				{doneKey === 'route.termsAccepted' && route.termsAcceptedAt ? (
					<Notice tone="success">{t('route.termsAccepted', { date: formatDate(route.termsAcceptedAt) })}</Notice>
				) : doneKey && doneKey !== 'route.termsAccepted' ? (
					<Notice tone="success">{t(doneKey)}</Notice>
				) : null}
				{request.closed ? <Notice tone="info">{t('route.closedNotice')}</Notice> : null}

				<Section id="request-heading" heading={t('requestDetail.teaser')} className="card space-y-5 p-5 sm:p-6">
					<p className="max-w-3xl text-slate-800">{request.teaser}</p>
					{route.note ? (
						<div className="rounded-lg border border-brand-200 bg-brand-50 px-4 py-3">
							<h3 className="text-sm font-semibold text-brand-900">{t('route.fromHub')}</h3>
							<p className="mt-1 whitespace-pre-line text-brand-950">{route.note}</p>
						</div>
					) : null}
					{request.description !== null ? (
						<>
							<h2 className="text-xl font-semibold text-slate-900">{t('requestDetail.description')}</h2>
							<p className="max-w-3xl whitespace-pre-line text-slate-800">{request.description}</p>
							{request.needs ? <RequestNeedsList needs={request.needs} /> : null}
							{route.termsAcceptedAt ? (
								<p className="text-sm text-slate-600">
									{t('route.termsAccepted', { date: formatDate(route.termsAcceptedAt) })}
								</p>
							) : null}
						</>
					) : (
						<div className="rounded-lg border border-amber-300 bg-amber-50 p-4">
							<h3 className="font-semibold text-amber-950">{t('route.termsHeading')}</h3>
							<p className="mt-2 max-w-3xl text-amber-950">{t('route.termsText')}</p>
							<FormErrors messages={termsErrors} className="mt-3" />
							<Form method="post" className="mt-4">
								<SubmitButton name="intent" value="terms">
									{t('route.acceptTerms')}
								</SubmitButton>
							</Form>
						</div>
					)}
				</Section>

				{!request.closed ? (
					<AnswerForm
						// A new form once an answer went through: the one just sent is not offered again.
						key={`${route.status}:${route.responses.length}`}
						status={route.status}
						termsAccepted={termsAccepted}
						lastResult={replyFor(actionData, 'respond')}
					/>
				) : null}

				{route.responses.length ? (
					<Section id="answers-heading" heading={t('route.answersHeading')} className="card space-y-3 p-5 sm:p-6">
						<RouteResponses responses={route.responses} />
					</Section>
				) : null}

				<Section id="requester-heading" heading={t('route.requesterHeading')} className="card space-y-2 p-5 sm:p-6">
					{requester ? (
						<ul className="space-y-1 text-slate-800">
							<li className="font-semibold">{requester.organizationName}</li>
							{requester.person ? <PersonItem person={requester.person} /> : null}
							{requester.email ? <EmailItem email={requester.email} /> : null}
							{requester.website ? <WebsiteItem website={requester.website} /> : null}
						</ul>
					) : (
						<p className="text-slate-700">{t('route.requesterHidden')}</p>
					)}
				</Section>

				{termsAccepted ? (
					<div className="card p-5 sm:p-6">
						<MessageThread
							routeId={route.id}
							messages={route.thread}
							open={route.threadOpen}
							lastResult={replyFor(actionData, 'message')}
							headingLevel={2}
						/>
					</div>
				) : null}
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
