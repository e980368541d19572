import type { SubmissionResult } from '@conform-to/react'
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import {
	buttonClass,
	ConfirmPanel,
	FieldMessages,
	FormErrors,
	formLevelErrors,
	HiddenFields,
	hintClass,
	Notice,
	replyFor,
	SchemaForm,
	schemaOnUse,
	SelectField,
	SubmitButton,
	TextareaField,
	useDone,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { confirmFirst, formIntent, handleIntents, noFields } from '~/components/forms/form-action.server.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { Section } from '~/components/section.tsx'
import { EmailItem, PersonItem, WebsiteItem } from '~/components/requests/contact-items.tsx'
import { MessageThread } from '~/components/requests/message-thread.tsx'
import { StartedFromLine } from '~/components/requests/started-from.tsx'
import { RequestNeedsList } from '~/components/requests/request-needs.tsx'
import { RouteResponses } from '~/components/requests/route-responses.tsx'
import { ConfidentialityBadge, RequestStatusBadge, RouteStatusBadge } from '~/components/requests/status-badges.tsx'
import { listingPath } from '~/domain/directory/types.ts'
import { requireViewOf } from '~/http/viewer.server.ts'
import { closeRequest } from '~/domain/requests/close-request.server.ts'
import { introduceProvider } from '~/domain/requests/introduce-provider.server.ts'
import { openRouteStatuses, type RequestOutcome, requestOutcomes } from '~/domain/requests/lifecycle.ts'
import { postMessage } from '~/domain/requests/post-message.server.ts'
import { closeFormSchema, messageFormSchema } from '~/domain/requests/request-form-schema.ts'
import { requestForRequester } from '~/domain/requests/request-views.server.ts'
import { markRequestNewsRead } from '~/domain/notifications/mark-request-news-read.server.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { isRecordId, notFound, requireParam } from '~/http/params.server.ts'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

const closeFormSchemaOnUse = schemaOnUse(() =>
	import('~/domain/requests/request-form-schema.ts').then((module) => module.closeFormSchema),
)

const load = (request: Request, requestId: string | undefined) =>
	requireViewOf(request, (actor) => requestForRequester(actor, requestId))

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { actor, view } = await load(request, requireParam(params, 'requestId', 'id'))
	// The page shows this visit what was new; from now on it is read, on the home and in the header too.
	await markRequestNewsRead(actor, view.request.id)
	return view
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { actor: viewer, view } = await load(request, requireParam(params, 'requestId', 'id'))
	const formData = await request.formData()
	const intent = formData.get('intent')
	const routeId = String(formData.get('routeId') ?? '')
	// The route answering is named by the form; one no route can have is as unknown as a missing one.
	if ((intent === 'accept' || intent === 'message') && !isRecordId(routeId)) throw notFound()
	const baseUrl = publicBaseUrl()
	const requestId = view.request.id
	const here = `/requests/${requestId}`
	return handleIntents(formData, {
		accept: formIntent(
			noFields,
			async () => {
				await introduceProvider({ actor: viewer, routeId, baseUrl })
				return `${here}?done=introduced#route-${routeId}`
			},
			{ echo: { routeId } },
		),
		message: formIntent(
			messageFormSchema,
			async ({ body }) => {
				await postMessage({ actor: viewer, routeId, requestId, body, baseUrl })
				return `${here}?done=message#route-${routeId}`
			},
			{ echo: { routeId } },
		),
		close: formIntent(
			closeFormSchema,
			confirmFirst(formData, async (value) => {
				await closeRequest({ actor: viewer, requestId, ...value, baseUrl })
				return `${here}?done=closed`
			}),
		),
	})
}

export const meta: MetaFunction<typeof loader> = ({ data: view, matches }) =>
	documentMeta(matches, (i18n) => ({ title: view?.request.title ?? i18n.t('error.notFound.title') }))

type View = ReturnType<typeof useLoaderData<typeof loader>>
type Route = View['routes'][number]
type ActionData = ReturnType<typeof useActionData<typeof action>>

const doneMessages = {
	saved: 'requests.saved',
	submitted: 'requests.submitted',
	introduced: 'requestDetail.introducedNotice',
	message: 'thread.sent',
	closed: 'requestDetail.closed',
} as const

function ContactCard({ contact }: { contact: NonNullable<Route['contact']> }) {
	const { t } = useT()
	return (
		<section
			aria-label={t('requestDetail.contactHeading')}
			className="rounded-lg border border-emerald-200 bg-emerald-50 p-4"
		>
			<h4 className="font-semibold text-emerald-950">{t('requestDetail.contactHeading')}</h4>
			<p className="mt-1 text-emerald-950">{contact.organizationName}</p>
			<ul className="mt-2 space-y-1 text-sm text-emerald-950">
				{contact.email ? <EmailItem email={contact.email} /> : null}
				{contact.website ? <WebsiteItem website={contact.website} /> : null}
				{contact.people.map((person) => (
					<PersonItem key={person.email} person={person} />
				))}
			</ul>
		</section>
	)
}

function RouteCard({ route, canAct, actionData }: { route: Route; canAct: boolean; actionData: ActionData }) {
	const { t, term, formatDate } = useT()
	const mine = actionData && 'routeId' in actionData && actionData.routeId === route.id ? actionData : undefined
	const acceptErrors = formLevelErrors(replyFor(mine, 'accept')?.error ?? {})
	return (
		<li id={`route-${route.id}`} className="card space-y-4 p-5 sm:p-6">
			<div className="flex flex-wrap items-start justify-between gap-3">
				<div>
					<h3 className="text-lg font-semibold text-slate-900">
						<Link to={listingPath(route.provider)} className="hover:underline">
							{route.provider.name}
						</Link>
					</h3>
					<p className="text-sm text-slate-600">
						{term('listingTypes', route.provider.type)}
						{route.provider.organizationName ? ` · ${route.provider.organizationName}` : ''} ·{' '}
						{t('requestDetail.routedOn', { date: formatDate(route.routedAt) })}
					</p>
				</div>
				<RouteStatusBadge status={route.status} />
			</div>
			{route.responses.length ? <RouteResponses responses={route.responses} /> : null}
			{route.status === 'interested' && canAct ? (
				<Form method="post" className="space-y-2">
					<HiddenFields values={{ routeId: route.id }} />
					<FormErrors messages={acceptErrors} />
					<SubmitButton name="intent" value="accept">
						{t('requestDetail.accept')}
					</SubmitButton>
					<p className={hintClass}>{t('requestDetail.acceptHint')}</p>
				</Form>
			) : null}
			{route.introducedAt ? (
				<p className="text-sm text-slate-700">
					{t('requestDetail.introduced', { date: formatDate(route.introducedAt) })}
				</p>
			) : null}
			{route.contact ? <ContactCard contact={route.contact} /> : null}
			{route.threadOpen || route.thread.length ? (
				<MessageThread
					routeId={route.id}
					messages={route.thread}
					open={route.threadOpen && canAct}
					headingLevel={4}
					lastResult={replyFor(mine, 'message')}
				/>
			) : null}
		</li>
	)
}

/** What closing will do, asked before it is done: the outcome chosen and the providers still waiting. */
function CloseConfirmation({ routes, confirming }: { routes: readonly Route[]; confirming: Array<[string, string]> }) {
	const { t, tCount } = useT()
	const outcome = confirming.find(([name]) => name === 'outcome')?.[1]
	const waiting = routes.filter((route) => openRouteStatuses.includes(route.status)).length
	return (
		<ConfirmPanel
			heading={t('requestDetail.confirmHeading')}
			intent="close"
			fields={confirming}
			confirm={t('requestDetail.confirmClose')}
			pendingLabel={t('requestDetail.closing')}
			back="close-heading"
		>
			{outcome && (requestOutcomes as readonly string[]).includes(outcome) ? (
				<p>{t('requestDetail.confirmOutcome', { outcome: t(`request.outcome.${outcome as RequestOutcome}`) })}</p>
			) : null}
			<p>{waiting ? tCount('requestDetail.confirmWithdraw', waiting) : t('requestDetail.confirmNoneWaiting')}</p>
		</ConfirmPanel>
	)
}

function CloseForm({
	routes,
	lastResult,
	confirming,
}: {
	routes: readonly Route[]
	lastResult?: SubmissionResult<string[]>
	confirming?: Array<[string, string]>
}) {
	const { t } = useT()
	const [form, fields] = useSchemaForm(closeFormSchemaOnUse, { id: 'close', lastResult })
	return (
		<Section id="close-heading" heading={t('requestDetail.closeHeading')} className="card space-y-4 p-5 sm:p-6">
			<p className="text-slate-700">{t('requestDetail.closeIntro')}</p>
			{confirming ? <CloseConfirmation routes={routes} confirming={confirming} /> : null}
			<SchemaForm form={form} className={confirming ? 'hidden' : 'space-y-4'}>
				<SelectField
					meta={fields.outcome}
					label={t('requestDetail.outcome')}
					options={[
						{ value: '', label: t('form.choose') },
						...requestOutcomes.map((outcome) => ({ value: outcome, label: t(`request.outcome.${outcome}`) })),
					]}
					controlClassName="sm:max-w-sm"
				/>
				<TextareaField meta={fields.outcomeNote} label={t('requestDetail.outcomeNote')} rows={3} />
				{routes.length ? (
					<fieldset className="space-y-4">
						<legend className="font-semibold text-slate-900">{t('requestDetail.feedbackHeading')}</legend>
						{routes.map((route, index) => {
							const prefix = `feedback[${index}]`
							const errors = [
								...(form.allErrors[`${prefix}.rating`] ?? []),
								...(form.allErrors[`${prefix}.comment`] ?? []),
							]
							return (
								<div
									key={route.id}
									className="grid gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-[12rem_1fr]"
								>
									<HiddenFields values={{ [`${prefix}.routeId`]: route.id }} />
									<SelectField
										label={t('requestDetail.rating', { provider: route.provider.name })}
										selectProps={{ id: `close-rating-${route.id}`, name: `${prefix}.rating`, defaultValue: '' }}
										options={[
											{ value: '', label: t('requestDetail.ratingNone') },
											...[5, 4, 3, 2, 1].map((rating) => ({
												value: String(rating),
												label: `${'★'.repeat(rating)} (${rating}/5)`,
											})),
										]}
									/>
									<TextareaField
										label={t('requestDetail.feedbackComment', { provider: route.provider.name })}
										textareaProps={{ id: `close-comment-${route.id}`, name: `${prefix}.comment` }}
										rows={2}
									/>
									<FieldMessages id={`close-feedback-${route.id}-error`} messages={errors} />
								</div>
							)
						})}
					</fieldset>
				) : null}
				<SubmitButton name="intent" value="close" tone="secondary">
					{t('requestDetail.close')}
				</SubmitButton>
			</SchemaForm>
		</Section>
	)
}

export default function RequestPage() {
	const { request, routes, canAct } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t, formatDate } = useT()
	const doneKey = useDone(doneMessages)
	return (
		<>
			<PageHeader
				trail={[{ label: t('requests.title'), to: '/requests' }]}
				title={request.title}
				badge={
					<span className="flex flex-wrap gap-2">
						<RequestStatusBadge status={request.status} />
						<ConfidentialityBadge level={request.confidentiality} />
					</span>
				}
			>
				<p className="mt-3 text-slate-700">
					{t('requestDetail.postedFor', { organization: request.organizationName })} ·{' '}
					{t('requestDetail.ref', { ref: request.ref })}
					{request.submittedAt ? ` · ${t('requestDetail.submittedOn', { date: formatDate(request.submittedAt) })}` : ''}
				</p>
				<StartedFromLine
					startedFrom={request.startedFrom}
					fromEnquiry={request.fromEnquiry}
					className="mt-1 text-slate-700"
				/>
				{request.closedAt && request.outcome ? (
					<p className="mt-1 text-slate-700">
						{t('requestDetail.closedOn', {
							date: formatDate(request.closedAt),
							outcome: t(`request.outcome.${request.outcome}`),
						})}
					</p>
				) : null}
			</PageHeader>
			<div className="container-page space-y-8 py-8 sm:py-10">
				{doneKey ? <Notice tone="success">{t(doneKey)}</Notice> : null}
				{!canAct ? <Notice tone="info">{t('requestDetail.staffView')}</Notice> : null}
				{request.status === 'draft' ? (
					<Notice tone="warning">
						<p>{t('requestDetail.draftNotice')}</p>
						{canAct ? (
							<p className="mt-3">
								<Link to={`/requests/${request.id}/edit`} className={buttonClass()}>
									{t('requestDetail.editDraft')}
								</Link>
							</p>
						) : null}
					</Notice>
				) : null}

				{request.status !== 'draft' ? (
					<Section id="providers-heading" heading={t('requestDetail.providersHeading')} className="space-y-4">
						{routes.length ? (
							<ul className="space-y-4">
								{routes.map((route) => (
									<RouteCard key={route.id} route={route} canAct={canAct} actionData={actionData} />
								))}
							</ul>
						) : (
							<p className="text-slate-700">{t('requestDetail.providersEmpty')}</p>
						)}
					</Section>
				) : null}

				<Section id="request-heading" heading={t('requestDetail.description')} className="card space-y-5 p-5 sm:p-6">
					{request.teaser ? (
						<div>
							<h3 className="font-semibold text-slate-800">{t('requestDetail.teaser')}</h3>
							<p className="mt-1 text-slate-700">{request.teaser}</p>
						</div>
					) : null}
					{request.description ? (
						<p className="max-w-3xl whitespace-pre-line text-slate-800">{request.description}</p>
					) : null}
					<RequestNeedsList needs={request} />
				</Section>

				{canAct && request.status !== 'closed' ? (
					<CloseForm
						routes={routes}
						lastResult={replyFor(actionData, 'close')}
						confirming={
							actionData?.intent === 'close' && 'confirming' in actionData ? actionData.confirming : undefined
						}
					/>
				) : null}
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
