import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { useEffect } from 'react'
import { Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { AuthOutcome, MailboxNote } from '~/components/auth-page.tsx'
import { EnquiryForm } from '~/components/establishment/enquiry-form.tsx'
import { handleForm, stay, tooManyAttempts } from '~/components/forms/form-action.server.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { retryAfterHeaders } from '~/components/token-page-headers.ts'
import { enquiryFormSchema } from '~/domain/establishment/enquiries/enquiry-schema.ts'
import { enquirerDefaults } from '~/domain/establishment/enquiries/enquiry-views.server.ts'
import { submitEnquiry } from '~/domain/establishment/enquiries/submit-enquiry.server.ts'
import { publicOffer } from '~/domain/establishment/offer-views.server.ts'
import { enquiryOfferTitle } from '~/domain/establishment/enquiries/enquiry-offer-title.ts'
import { clientAddress } from '~/http/client-address.server.ts'
import { getViewer } from '~/http/viewer.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { mailDelivery } from '~/mail/transport.server.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'

// "Talk to the establishment office", and "I'm interested" on an offer
// (?offer=<slug>). The form is also on /contact; both post here.

await needTexts('establish')

export async function loader({ request }: LoaderFunctionArgs) {
	const slug = new URL(request.url).searchParams.get('offer')
	const viewer = await getViewer(request)
	const offer = slug ? await publicOffer(slug.slice(0, 200)) : null
	return {
		offer: offer ? { slug: offer.slug, titleEn: offer.titleEn, titleSv: offer.titleSv } : null,
		defaults: await enquirerDefaults(viewer),
		signedIn: Boolean(viewer),
	}
}

export async function action({ request, context }: ActionFunctionArgs) {
	const viewer = await getViewer(request)
	return handleForm(await request.formData(), enquiryFormSchema, async (value) => {
		const result = await submitEnquiry(value, {
			actor: viewer,
			ip: clientAddress(request, context),
			locale: resolveLocale(request).locale,
			baseUrl: publicBaseUrl(),
		})
		if (result.kind === 'rate-limited') return tooManyAttempts(result.retryAfterSeconds)
		if (result.kind === 'sent') return `/establish/enquiries/${result.enquiryId}?done=sent`
		return stay({ extra: { sentTo: value.contactEmail, mail: mailDelivery() } })
	})
}

export const headers = retryAfterHeaders

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('enquiry.form.title') }))

function CheckMail({ email, mail }: { email: string; mail: 'smtp' | 'mailbox' }) {
	const { t } = useT()
	const kept = mail === 'mailbox'
	// The form was long and the answer replaces it in place: without this a phone would show its footer.
	useEffect(() => window.scrollTo(0, 0), [])
	return (
		<AuthOutcome
			title={t(kept ? 'enquiry.sent.mailboxTitle' : 'enquiry.sent.title')}
			outcome={{
				tone: 'success',
				heading: 'enquiry.sent.heading',
				next: { to: '/establish', label: 'enquiry.sent.back' },
			}}
			body={t(kept ? 'enquiry.sent.mailboxBody' : 'enquiry.sent.body', { email })}
		>
			{kept ? <MailboxNote /> : <p className="mt-5 text-sm leading-relaxed text-slate-700">{t('enquiry.sent.spam')}</p>}
		</AuthOutcome>
	)
}

export default function EnquirePage() {
	const { offer, defaults, signedIn } = useLoaderData<typeof loader>()
	const reply = useActionData<typeof action>()
	const { t, locale } = useT()
	if (reply?.sentTo) return <CheckMail email={reply.sentTo} mail={reply.mail ?? 'smtp'} />
	const offerTitle = offer ? enquiryOfferTitle(offer, locale) : null
	return (
		<>
			<PageHeader trail={[{ label: t('establish.title'), to: '/establish' }]} title={t('enquiry.form.title')}>
				<p className="mt-3 max-w-3xl text-slate-700">{t('enquiry.form.intro')}</p>
				{offer && offerTitle ? (
					<p className="mt-3 font-medium text-slate-900">
						<Link to={`/establish/${offer.slug}`} className="link">
							{t('enquiry.form.aboutOffer', { title: offerTitle })}
						</Link>{' '}
						·{' '}
						<Link to="/establish/enquire" className="link">
							{t('enquiry.form.generalLink')}
						</Link>
					</p>
				) : null}
			</PageHeader>
			<div className="container-page py-8 sm:py-10">
				<div className="max-w-3xl">
					<EnquiryForm offerSlug={offer?.slug} defaultValue={defaults} lastResult={reply?.result} signedIn={signedIn} />
				</div>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
