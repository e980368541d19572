import type { SubmissionResult } from '@conform-to/react'
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import {
	EnquiryFacts,
	EnquiryMessageForm,
	EnquiryMessages,
	WithdrawEnquiry,
} from '~/components/establishment/enquiry-thread.tsx'
import { EnquiryStatusBadge } from '~/components/establishment/enquiry-status-badge.tsx'
import {
	confirmingFor,
	confirmingValue,
	ConfirmPanel,
	FormErrors,
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
import { answerEnquiry } from '~/domain/establishment/enquiries/answer-enquiry.server.ts'
import { closeEnquiry } from '~/domain/establishment/enquiries/close-enquiry.server.ts'
import {
	enquiryCloseSchema,
	enquiryHandOverSchema,
	enquiryMessageSchema,
} from '~/domain/establishment/enquiries/enquiry-schema.ts'
import { enquiryThread, handOverChoices } from '~/domain/establishment/enquiries/enquiry-views.server.ts'
import { handOverEnquiry } from '~/domain/establishment/enquiries/hand-over-enquiry.server.ts'
import { replyToEnquiry } from '~/domain/establishment/enquiries/reply-to-enquiry.server.ts'
import { turnEnquiryIntoRequest } from '~/domain/establishment/enquiries/turn-into-request.server.ts'
import { withdrawEnquiry } from '~/domain/establishment/enquiries/withdraw-enquiry.server.ts'
import {
	enquiryOutcomes,
	enquiryStatusesInQueue,
	type EnquiryOutcome,
} from '~/domain/establishment/enquiry-lifecycle.ts'
import { requireParam } from '~/http/params.server.ts'
import { forbidden, requireViewOf } from '~/http/viewer.server.ts'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

const enquiryCloseSchemaOnUse = schemaOnUse(() =>
	import('~/domain/establishment/enquiries/enquiry-schema.ts').then((module) => module.enquiryCloseSchema),
)
const enquiryHandOverSchemaOnUse = schemaOnUse(() =>
	import('~/domain/establishment/enquiries/enquiry-schema.ts').then((module) => module.enquiryHandOverSchema),
)

// One enquiry: the office works it here (answer, hand over, close); the
// member who sent it signed in reads and replies; the provider it was handed
// over to reads it. Anyone else gets the same 404 as for no enquiry at all.

await needTexts('members', 'establish')

const load = (request: Request, enquiryId: string) => requireViewOf(request, (actor) => enquiryThread(actor, enquiryId))

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { view } = await load(request, requireParam(params, 'enquiryId', 'id'))
	const working = view.side === 'office' && enquiryStatusesInQueue.includes(view.enquiry.status)
	return { ...view, providers: working ? await handOverChoices() : [] }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { actor, view } = await load(request, requireParam(params, 'enquiryId', 'id'))
	const formData = await request.formData()
	const enquiryId = view.enquiry.id
	const here = `/establish/enquiries/${enquiryId}`
	const baseUrl = publicBaseUrl()
	// The office's steps are the office's; the enquirer's reply is the enquirer's.
	const officeOnly = () => {
		if (view.side !== 'office') throw forbidden('establishmentOffice')
	}
	return handleIntents(formData, {
		answer: () => {
			officeOnly()
			return formIntent(enquiryMessageSchema, async ({ body }) => {
				await answerEnquiry({ actor, enquiryId, body, baseUrl })
				return `${here}?done=answered`
			})
		},
		reply: () => {
			if (view.side !== 'enquirer') throw forbidden()
			return formIntent(enquiryMessageSchema, async ({ body }) => {
				await replyToEnquiry({ enquirer: { actor, enquiryId }, body, baseUrl })
				return `${here}?done=replied`
			})
		},
		withdraw: () => {
			if (view.side !== 'enquirer') throw forbidden()
			return formIntent(
				noFields,
				confirmFirst(formData, async () => {
					await withdrawEnquiry({ enquirer: { actor, enquiryId }, baseUrl })
					return `${here}?done=withdrawn`
				}),
			)
		},
		handOver: () => {
			officeOnly()
			return formIntent(enquiryHandOverSchema, async ({ listingId, note }) => {
				await handOverEnquiry({ actor, enquiryId, listingId, note, baseUrl })
				return `${here}?done=handedOver`
			})
		},
		request: () => {
			officeOnly()
			return formIntent(noFields, async () => {
				await turnEnquiryIntoRequest({ actor, enquiryId, baseUrl })
				return `${here}?done=requestMade`
			})
		},
		close: () => {
			officeOnly()
			return formIntent(
				enquiryCloseSchema,
				confirmFirst(formData, async (value) => {
					await closeEnquiry({ actor, enquiryId, baseUrl, ...value })
					return `${here}?done=closed`
				}),
			)
		},
	})
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	documentMeta(matches, (i18n) => ({ title: data?.enquiry.company ?? i18n.t('error.notFound.title') }))

type ActionData = ReturnType<typeof useActionData<typeof action>>

function HandOverForm({
	providers,
	lastResult,
}: {
	providers: ReadonlyArray<{ id: string; name: string; type: string }>
	lastResult?: SubmissionResult<string[]> | null
}) {
	const { t, term } = useT()
	const [form, fields] = useSchemaForm(enquiryHandOverSchemaOnUse, { id: 'enquiry-hand-over', lastResult })
	return (
		<Section
			id="hand-over-heading"
			heading={t('enquiries.handOverHeading')}
			size="lg"
			className="card space-y-3 p-5 sm:p-6"
		>
			<p className="text-sm text-slate-600">{t('enquiries.handOverHint')}</p>
			<SchemaForm form={form} className="space-y-3">
				<SelectField
					meta={fields.listingId}
					label={t('label.enquiryHandOverListing')}
					options={[
						{ value: '', label: t('enquiries.handOverChoose') },
						...providers.map((provider) => ({
							value: provider.id,
							label: `${provider.name} (${term('listingTypes', provider.type)})`,
						})),
					]}
				/>
				<TextareaField meta={fields.note} label={t('label.enquiryHandOverNote')} rows={3} />
				<SubmitButton name="intent" value="handOver" tone="secondary">
					{t('enquiries.handOver')}
				</SubmitButton>
			</SchemaForm>
		</Section>
	)
}

/** A member's enquiry can become their organisation's draft match request; a visitor's cannot. */
function RequestForm({ signedInSender, actionData }: { signedInSender: boolean; actionData: ActionData }) {
	const { t } = useT()
	const reply = replyFor(actionData, 'request')
	const errors = reply?.error ? (Object.values(reply.error).flat() as string[]) : []
	return (
		<Section
			id="request-heading"
			heading={t('enquiries.requestHeading')}
			size="lg"
			className="card space-y-3 p-5 sm:p-6"
		>
			{signedInSender ? (
				<Form method="post" className="space-y-3">
					<p className="text-sm text-slate-600">{t('enquiries.requestHint')}</p>
					<FormErrors messages={errors} />
					<SubmitButton name="intent" value="request" tone="secondary">
						{t('enquiries.makeRequest')}
					</SubmitButton>
				</Form>
			) : (
				<p className="text-sm text-slate-600">{t('enquiries.requestNone')}</p>
			)}
		</Section>
	)
}

function CloseForm({ actionData }: { actionData: ActionData }) {
	const { t } = useT()
	const confirming = confirmingFor(actionData, 'close')
	const [form, fields] = useSchemaForm(enquiryCloseSchemaOnUse, {
		id: 'enquiry-close',
		lastResult: replyFor(actionData, 'close'),
	})
	const outcome = confirmingValue(confirming, 'outcome')
	return (
		<Section id="close-heading" heading={t('enquiries.closeHeading')} size="lg" className="card space-y-3 p-5 sm:p-6">
			<p className="text-sm text-slate-600">{t('enquiries.closeIntro')}</p>
			{confirming ? (
				<ConfirmPanel
					heading={t('enquiries.confirmHeading')}
					intent="close"
					fields={confirming}
					confirm={t('enquiries.confirmClose')}
					pendingLabel={t('enquiries.closing')}
					back="close-heading"
				>
					{outcome && (enquiryOutcomes as readonly string[]).includes(outcome) ? (
						<p>{t('enquiries.confirmOutcome', { outcome: t(`enquiry.outcome.${outcome as EnquiryOutcome}`) })}</p>
					) : null}
				</ConfirmPanel>
			) : null}
			<SchemaForm form={form} className={confirming ? 'hidden' : 'space-y-3'}>
				<SelectField
					meta={fields.outcome}
					label={t('label.enquiryOutcome')}
					options={[
						{ value: '', label: t('form.choose') },
						...enquiryOutcomes.map((value) => ({ value, label: t(`enquiry.outcome.${value}`) })),
					]}
					controlClassName="sm:max-w-sm"
				/>
				<TextareaField meta={fields.outcomeNote} label={t('label.enquiryOutcomeNote')} rows={2} />
				<SubmitButton name="intent" value="close" tone="secondary">
					{t('enquiries.close')}
				</SubmitButton>
			</SchemaForm>
		</Section>
	)
}

export default function EnquiryPage() {
	const { side, enquiry, messages, providers } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t, formatDate } = useT()
	const done = useDone({
		sent: t('enquiry.sent.memberBody'),
		answered: t('enquiries.answered'),
		replied: t('enquiry.thread.replied'),
		handedOver: t('enquiries.handedOver', { provider: enquiry.handedOverTo?.name ?? '' }),
		closed: t('enquiries.closed'),
		requestMade: t('enquiries.requestMade'),
		withdrawn: t('enquiry.thread.withdrawn'),
	})
	const working = enquiryStatusesInQueue.includes(enquiry.status)
	return (
		<>
			<PageHeader
				trail={[
					{ label: t('establish.title'), to: '/establish' },
					{
						label: t(side === 'office' ? 'enquiries.title' : 'enquiries.mineTitle'),
						to: side === 'provider' ? '/establish' : '/establish/enquiries',
					},
				]}
				title={enquiry.company}
				badge={<EnquiryStatusBadge status={enquiry.status} />}
			>
				{enquiry.senderName ? (
					<p className="mt-2 text-slate-700">{t('enquiries.fromSignedIn', { name: enquiry.senderName })}</p>
				) : null}
				{enquiry.handedOverTo ? (
					<p className="mt-1 text-slate-700">
						{t('enquiries.handedOverAlready', { provider: enquiry.handedOverTo.name })}
					</p>
				) : null}
				{enquiry.matchRequestId ? (
					<p className="mt-1 text-slate-700">
						{/* The office need not be a coordinator: only the member it was made for gets a link. */}
						{side === 'enquirer' ? (
							<Link to={`/requests/${enquiry.matchRequestId}`} className="link">
								{t('enquiries.requestLink')}
							</Link>
						) : (
							t('enquiries.requestMade')
						)}
					</p>
				) : null}
				{enquiry.closedAt && enquiry.outcome ? (
					<p className="mt-1 text-slate-700">
						{t('enquiry.thread.closedOn', {
							date: formatDate(enquiry.closedAt),
							outcome: t(`enquiry.outcome.${enquiry.outcome}`),
						})}
					</p>
				) : null}
			</PageHeader>
			<div className="container-page grid gap-8 py-8 sm:py-10 lg:grid-cols-[1fr_22rem]">
				<div className="min-w-0 space-y-6">
					{done ? <Notice tone="success">{done}</Notice> : null}
					{side === 'provider' ? <Notice tone="info">{t('enquiries.officeView')}</Notice> : null}
					<EnquiryMessages enquiry={enquiry} messages={messages} />
					{working && side === 'office' ? (
						<EnquiryMessageForm
							key={messages.length}
							intent="answer"
							heading={t('enquiries.answerHeading')}
							hint={t('enquiries.answerHint')}
							submit={t('enquiries.answer')}
							pending={t('enquiries.answering')}
							lastResult={replyFor(actionData, 'answer')}
						/>
					) : null}
					{working && side === 'enquirer' ? (
						<EnquiryMessageForm
							key={messages.length}
							intent="reply"
							heading={t('enquiry.thread.replyHeading')}
							submit={t('enquiry.thread.reply')}
							pending={t('enquiry.thread.replying')}
							lastResult={replyFor(actionData, 'reply')}
						/>
					) : null}
					{enquiry.status === 'closed' ? <p className="text-slate-700">{t('enquiry.thread.closedNote')}</p> : null}
				</div>
				<div className="min-w-0 space-y-6">
					<EnquiryFacts enquiry={enquiry} asker={side === 'enquirer'} />
					{working && side === 'enquirer' ? <WithdrawEnquiry actionData={actionData} /> : null}
					{working && side === 'office' ? (
						<>
							<HandOverForm providers={providers} lastResult={replyFor(actionData, 'handOver')} />
							{enquiry.matchRequestId ? null : (
								<RequestForm signedInSender={Boolean(enquiry.senderName)} actionData={actionData} />
							)}
							<CloseForm actionData={actionData} />
						</>
					) : null}
					{side !== 'provider' ? (
						<p>
							<Link to="/establish/enquiries" className="link">
								{t(side === 'office' ? 'enquiries.title' : 'enquiries.mineTitle')}
							</Link>
						</p>
					) : null}
				</div>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
