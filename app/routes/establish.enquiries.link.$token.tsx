import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import {
	EnquiryFacts,
	EnquiryMessageForm,
	EnquiryMessages,
	WithdrawEnquiry,
} from '~/components/establishment/enquiry-thread.tsx'
import { EnquiryStatusBadge } from '~/components/establishment/enquiry-status-badge.tsx'
import { Notice, replyFor, SubmitButton, useDone } from '~/components/forms/index.ts'
import { confirmFirst, formIntent, handleIntents, noFields } from '~/components/forms/form-action.server.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { Section } from '~/components/section.tsx'
import { confirmEnquiry } from '~/domain/establishment/enquiries/confirm-enquiry.server.ts'
import { enquiryMessageSchema } from '~/domain/establishment/enquiries/enquiry-schema.ts'
import { enquiryThreadByLink } from '~/domain/establishment/enquiries/enquiry-views.server.ts'
import { replyToEnquiry } from '~/domain/establishment/enquiries/reply-to-enquiry.server.ts'
import { withdrawEnquiry } from '~/domain/establishment/enquiries/withdraw-enquiry.server.ts'
import { enquiryStatusesInQueue } from '~/domain/establishment/enquiry-lifecycle.ts'
import { requireFound, requireParam } from '~/http/params.server.ts'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'

// A visitor's enquiry, opened from the link in their mail: confirm it (the
// first mail), read the office's answers and reply. The link is the key;
// without it the enquiry is simply not found.

await needTexts('establish')

async function load(params: LoaderFunctionArgs['params']) {
	const token = requireParam(params, 'token', 'token')
	return { token, view: requireFound(await enquiryThreadByLink(token)) }
}

export async function loader({ params }: LoaderFunctionArgs) {
	const { view } = await load(params)
	return view
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { token } = await load(params)
	const here = new URL(request.url).pathname
	const baseUrl = publicBaseUrl()
	const formData = await request.formData()
	return handleIntents(formData, {
		confirm: formIntent(noFields, async () => {
			await confirmEnquiry({ token, baseUrl })
			return `${here}?done=confirmed`
		}),
		reply: formIntent(enquiryMessageSchema, async ({ body }) => {
			await replyToEnquiry({ enquirer: { token }, body, baseUrl })
			return `${here}?done=replied`
		}),
		withdraw: formIntent(
			noFields,
			confirmFirst(formData, async () => {
				await withdrawEnquiry({ enquirer: { token }, baseUrl })
				return `${here}?done=withdrawn`
			}),
		),
	})
}

// A page whose address is a key: never in a search engine.
export const meta: MetaFunction = ({ matches }) => [
	...documentMeta(matches, (i18n) => ({ title: i18n.t('enquiry.thread.title') })),
	{ name: 'robots', content: 'noindex' },
]

function ConfirmForm() {
	const { t } = useT()
	return (
		<Section
			id="confirm-heading"
			heading={t('enquiry.thread.confirmHeading')}
			size="lg"
			className="card space-y-3 border-brand-200 p-5 sm:p-6"
		>
			<p className="text-slate-700">{t('enquiry.thread.confirmBody')}</p>
			{/* Nothing to fill in: confirming is the button alone, with or without JavaScript. */}
			<Form method="post">
				<SubmitButton name="intent" value="confirm">
					{t('enquiry.thread.confirm')}
				</SubmitButton>
			</Form>
		</Section>
	)
}

export default function EnquiryLinkPage() {
	const { enquiry, messages } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	const done = useDone({
		confirmed: t('enquiry.thread.confirmed'),
		replied: t('enquiry.thread.replied'),
		withdrawn: t('enquiry.thread.withdrawn'),
	})
	const working = enquiryStatusesInQueue.includes(enquiry.status)
	return (
		<>
			<PageHeader
				trail={[{ label: t('establish.title'), to: '/establish' }]}
				title={t('enquiry.thread.title')}
				badge={<EnquiryStatusBadge status={enquiry.status} />}
			>
				<p className="mt-2 text-slate-700">{enquiry.company}</p>
			</PageHeader>
			<div className="container-page grid gap-8 py-8 sm:py-10 lg:grid-cols-[1fr_22rem]">
				<div className="min-w-0 space-y-6">
					{done ? (
						<Notice tone="success">
							<p>{done}</p>
							<p className="mt-1">{t('enquiry.thread.keepLink')}</p>
						</Notice>
					) : null}
					{enquiry.status === 'unconfirmed' ? <ConfirmForm /> : null}
					{enquiry.status !== 'unconfirmed' ? <EnquiryMessages enquiry={enquiry} messages={messages} /> : null}
					{working ? (
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
					<EnquiryFacts enquiry={enquiry} asker />
					{working ? <WithdrawEnquiry actionData={actionData} /> : null}
				</div>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
