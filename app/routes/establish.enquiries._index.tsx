import type { LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { EmptyState } from '~/components/empty-state.tsx'
import { EnquiryStatusBadge } from '~/components/establishment/enquiry-status-badge.tsx'
import { buttonClass, inputClass, labelClass } from '~/components/forms/index.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { mayActForEstablishmentOffice } from '~/domain/auth/establishment-office.ts'
import { enquiryOfferTitle } from '~/domain/establishment/enquiries/enquiry-offer-title.ts'
import {
	enquiriesSentBy,
	enquiryQueue,
	readEnquiryFilter,
} from '~/domain/establishment/enquiries/enquiry-views.server.ts'
import { enquiryStatuses } from '~/domain/establishment/enquiry-lifecycle.ts'
import { requireActor } from '~/http/viewer.server.ts'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

// The establishment office's queue (?status=… in the address), or, for a
// member who does not work for the office, the enquiries they sent.

await needTexts('members', 'establish')

export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requireActor(request)
	if (!mayActForEstablishmentOffice(actor))
		return { office: false as const, filter: null, enquiries: await enquiriesSentBy(actor) }
	const filter = readEnquiryFilter(new URL(request.url).searchParams.get('status'))
	return { office: true as const, filter, enquiries: await enquiryQueue(actor, filter) }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t(data?.office ? 'enquiries.title' : 'enquiries.mineTitle') }))

const filters = ['queue', ...enquiryStatuses] as const

export default function EnquiriesPage() {
	const { office, filter, enquiries } = useLoaderData<typeof loader>()
	const { t, tCount, locale, formatDate } = useT()
	return (
		<>
			<PageHeader
				trail={[{ label: t('establish.title'), to: '/establish' }]}
				title={t(office ? 'enquiries.title' : 'enquiries.mineTitle')}
			>
				<p className="mt-3 max-w-2xl text-slate-700">{t(office ? 'enquiries.intro' : 'enquiries.mineIntro')}</p>
			</PageHeader>
			<div className="container-page space-y-6 py-8 sm:py-10">
				{office ? (
					<Form method="get" className="flex flex-wrap items-end gap-3">
						<div>
							<label htmlFor="enquiry-status" className={labelClass}>
								{t('enquiries.filter')}
							</label>
							<select
								id="enquiry-status"
								name="status"
								defaultValue={filter ?? 'queue'}
								className={`${inputClass} mt-1.5`}
							>
								{filters.map((value) => (
									<option key={value} value={value}>
										{t(`enquiries.filter.${value}`)}
									</option>
								))}
							</select>
						</div>
						<button type="submit" className={buttonClass('secondary')}>
							{t('enquiries.filter.apply')}
						</button>
					</Form>
				) : (
					<p>
						<Link to="/establish/enquire" className={buttonClass('primary')}>
							{t('enquiries.new')}
						</Link>
					</p>
				)}
				<p className="text-sm text-slate-600" role="status">
					{tCount('enquiries.count', enquiries.length)}
				</p>
				{enquiries.length === 0 ? (
					<EmptyState title={t(office ? 'enquiries.empty' : 'enquiries.mineEmpty')} />
				) : (
					<ul className="card divide-y divide-slate-200">
						{enquiries.map((enquiry) => (
							<li key={enquiry.id} className="space-y-1 p-4">
								<div className="flex flex-wrap items-center gap-x-3 gap-y-1">
									<h2 className="min-w-0 font-semibold text-slate-900">
										<Link to={`/establish/enquiries/${enquiry.id}`} className="hover:text-brand-700 hover:underline">
											{enquiry.company}
										</Link>
									</h2>
									<EnquiryStatusBadge status={enquiry.status} />
								</div>
								<p className="text-sm text-slate-600">
									{enquiry.offer
										? t('enquiries.about', { offer: enquiryOfferTitle(enquiry.offer, locale) })
										: t('enquiries.general')}{' '}
									· {t('enquiries.received', { date: formatDate(enquiry.createdAt) })} ·{' '}
									{tCount('enquiries.messages', enquiry.messages)}
									{enquiry.outcome ? ` · ${t(`enquiry.outcome.${enquiry.outcome}`)}` : ''}
								</p>
								<p className="line-clamp-2 text-sm text-slate-700">{enquiry.need}</p>
							</li>
						))}
					</ul>
				)}
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
