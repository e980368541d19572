import type { SubmissionResult } from '@conform-to/react'
import { Link } from '@remix-run/react'
import {
	ActionButton,
	confirmingFor,
	ConfirmPanel,
	SchemaForm,
	schemaOnUse,
	SubmitButton,
	TextareaField,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { Section } from '~/components/section.tsx'
import type { EnquiryThread } from '~/domain/establishment/enquiries/enquiry-views.server.ts'
import { enquiryOfferTitle } from '~/domain/establishment/enquiries/enquiry-offer-title.ts'
import { offerPath } from '~/domain/establishment/offer-path.ts'
import { useT } from '~/i18n/use-t.ts'
import { needTexts } from '~/i18n/messages.ts'

// The enquiry's fields and the size units are the enquiry form's texts (text-parts.ts).
await needTexts('enquiryForm')

const enquiryMessageSchemaOnUse = schemaOnUse(() =>
	import('~/domain/establishment/enquiries/enquiry-schema.ts').then((module) => module.enquiryMessageSchema),
)

type Enquiry = EnquiryThread['enquiry']
type Message = EnquiryThread['messages'][number]

/** What the enquirer asked, and how to reach them; `asker` when the enquirer reads it. */
export function EnquiryFacts({ enquiry, asker = false }: { enquiry: Enquiry; asker?: boolean }) {
	const { t, locale, formatDate } = useT()
	const offerTitle = enquiry.offer ? enquiryOfferTitle(enquiry.offer, locale) : null
	const size = [
		enquiry.sizeText,
		enquiry.sizeValue && enquiry.sizeUnit
			? enquiry.sizeUnit === 'sqm'
				? t('establish.size.sqm', { value: enquiry.sizeValue })
				: `${enquiry.sizeValue} ${t('establish.unit.desks')}`
			: null,
	]
		.filter(Boolean)
		.join(' · ')
	return (
		<Section
			id="enquiry-what"
			heading={t(asker ? 'enquiry.thread.what' : 'enquiry.thread.whatTheyAsked')}
			size="lg"
			className="card space-y-4 p-5 sm:p-6"
		>
			<p className="max-w-3xl whitespace-pre-line text-slate-800">{enquiry.need}</p>
			<dl className="grid gap-4 sm:grid-cols-2">
				<div>
					<dt className="font-semibold text-slate-900">{t('enquiry.thread.company')}</dt>
					<dd className="text-slate-700">{enquiry.company}</dd>
				</div>
				{offerTitle && enquiry.offer ? (
					<div>
						<dt className="font-semibold text-slate-900">{t('enquiry.thread.offer')}</dt>
						<dd>
							<Link to={offerPath(enquiry.offer.slug)} className="link">
								{offerTitle}
							</Link>
						</dd>
					</div>
				) : null}
				{size ? (
					<div>
						<dt className="font-semibold text-slate-900">{t('enquiry.thread.size')}</dt>
						<dd className="text-slate-700">{size}</dd>
					</div>
				) : null}
				{enquiry.timing ? (
					<div>
						<dt className="font-semibold text-slate-900">{t('enquiry.thread.timing')}</dt>
						<dd className="text-slate-700">{enquiry.timing}</dd>
					</div>
				) : null}
				<div>
					<dt className="font-semibold text-slate-900">{t('enquiry.thread.contact')}</dt>
					<dd className="space-y-0.5 text-slate-700">
						<p>{enquiry.contactName}</p>
						<p>
							<a href={`mailto:${enquiry.contactEmail}`} className="link break-all">
								{enquiry.contactEmail}
							</a>
						</p>
						{enquiry.contactPhone ? <p>{enquiry.contactPhone}</p> : null}
					</dd>
				</div>
				<div>
					<dt className="font-semibold text-slate-900">{t('enquiry.thread.sent')}</dt>
					<dd className="text-slate-700">
						<time dateTime={enquiry.createdAt}>{formatDate(enquiry.createdAt)}</time>
					</dd>
				</div>
			</dl>
		</Section>
	)
}

const sideTones: Record<Message['side'], string> = {
	office: 'border-sky-200 bg-sky-50',
	enquirer: 'border-slate-200 bg-white',
	step: 'border-emerald-200 bg-emerald-50',
}

/** The conversation, oldest first: the office's answers, the enquirer's replies, and the steps the office took. */
export function EnquiryMessages({ enquiry, messages }: { enquiry: Enquiry; messages: readonly Message[] }) {
	const { t, formatDate } = useT()
	const who = (message: Message) =>
		message.side === 'enquirer'
			? t('enquiry.thread.fromEnquirer', { name: enquiry.contactName || enquiry.company })
			: message.author
				? `${message.author} · ${t('enquiry.thread.fromOffice')}`
				: t('enquiry.thread.fromOffice')
	return (
		<Section id="enquiry-messages" heading={t('enquiry.thread.messages')} size="lg" className="space-y-3">
			{messages.length ? (
				<ol className="space-y-2">
					{messages.map((message) => {
						const [provider, ...note] = message.body.split('\n\n')
						return (
							<li key={message.id} className={`rounded-lg border px-4 py-3 ${sideTones[message.side]}`}>
								<p className="text-sm text-slate-600">
									<span className="font-semibold text-slate-800">{who(message)}</span> ·{' '}
									<time dateTime={message.createdAt}>{formatDate(message.createdAt)}</time>
								</p>
								{message.side === 'step' ? (
									<>
										<p className="mt-1 font-medium text-emerald-950">
											{t('enquiry.thread.handedOver', { provider: provider ?? '' })}
										</p>
										{note.length ? (
											<p className="mt-1 whitespace-pre-line text-slate-900">{note.join('\n\n')}</p>
										) : null}
									</>
								) : (
									<p className="mt-1 whitespace-pre-line text-slate-900">{message.body}</p>
								)}
							</li>
						)
					})}
				</ol>
			) : (
				<p className="text-sm text-slate-600">{t('enquiry.thread.noMessages')}</p>
			)}
		</Section>
	)
}

/** The box to write on the thread: the office's answer or the enquirer's reply, told apart by `intent`. */
export function EnquiryMessageForm({
	intent,
	heading,
	hint,
	submit,
	pending,
	lastResult,
	hidden,
}: {
	intent: 'answer' | 'reply'
	heading: string
	hint?: string
	submit: string
	pending: string
	lastResult?: SubmissionResult<string[]> | null
	hidden?: Record<string, string>
}) {
	const { t } = useT()
	const [form, fields] = useSchemaForm(enquiryMessageSchemaOnUse, { id: `enquiry-${intent}`, lastResult })
	return (
		<Section id={`enquiry-${intent}-heading`} heading={heading} size="lg" className="card space-y-3 p-5 sm:p-6">
			<SchemaForm form={form} hidden={hidden} className="space-y-3">
				<TextareaField meta={fields.body} label={t('label.enquiryMessage')} hint={hint} rows={5} />
				<SubmitButton name="intent" value={intent} pendingLabel={pending}>
					{submit}
				</SubmitButton>
			</SchemaForm>
		</Section>
	)
}

/**
 * The enquirer's way out while the thread is open: withdrawing closes the
 * enquiry for good, so the page asks first (the action answers the first
 * post with the question, with or without JavaScript).
 */
export function WithdrawEnquiry({ actionData }: { actionData: unknown }) {
	const { t } = useT()
	const confirming = confirmingFor(actionData, 'withdraw')
	return (
		<Section
			id="withdraw-heading"
			heading={t('enquiry.thread.withdrawHeading')}
			size="lg"
			className="card space-y-3 p-5 sm:p-6"
		>
			<p className="text-sm text-slate-600">{t('enquiry.thread.withdrawHint')}</p>
			{confirming ? (
				<ConfirmPanel
					heading={t('enquiry.thread.withdrawQuestion')}
					intent="withdraw"
					fields={confirming}
					confirm={t('enquiry.thread.withdraw')}
					pendingLabel={t('enquiry.thread.withdrawing')}
					back="withdraw-heading"
				>
					<p>{t('enquiry.thread.withdrawExplained')}</p>
				</ConfirmPanel>
			) : (
				<ActionButton intent="withdraw" tone="dangerQuiet">
					{t('enquiry.thread.withdraw')}
				</ActionButton>
			)}
		</Section>
	)
}
