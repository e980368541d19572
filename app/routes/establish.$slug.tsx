import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { ListingImage } from '~/components/listing-image.tsx'
import { useOfferAvailability, useOfferSize } from '~/components/establishment/offer-facts.tsx'
import { OfferStatusBadge } from '~/components/establishment/offer-status-badge.tsx'
import { Notice } from '~/components/forms/index.ts'
import { OnlyInNote } from '~/components/listing-text.tsx'
import { SmallCampusMap } from '~/components/map/small-campus-map.tsx'
import { PageHeader } from '~/components/page-header.tsx'
import { chooseOfferText, type ShownOfferText } from '~/domain/establishment/offer-text.ts'
import { publicOffer } from '~/domain/establishment/offer-views.server.ts'
import { siteName } from '~/domain/places/campus-sites.ts'
import { requireFound, requireParam } from '~/http/params.server.ts'
import { pageSeo } from '~/http/page-seo.server.ts'
import { offerPageExtras } from '~/domain/seo/hub-content-seo.server.ts'
import { publicOrigin } from '~/utils/public-url.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

// The offers' texts are a part of their own, so other public pages do not carry them.
await needTexts('establish')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const offer = requireFound(await publicOffer(requireParam(params, 'slug', 'slug')))
	const locale = resolveLocale(request).locale
	return {
		offer,
		title: chooseOfferText(offer, 'title', locale)?.text ?? offer.slug,
		today: new Date().toISOString().slice(0, 10),
		seo: pageSeo(request, offerPageExtras(offer, { origin: publicOrigin(), locale })).tags,
	}
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
	documentMeta(matches, (i18n) => ({ title: data?.title ?? i18n.t('establish.title') }))

function Paragraphs({ shown }: { shown: ShownOfferText }) {
	return (
		<div lang={shown.lang} className="space-y-3 leading-relaxed text-slate-800">
			{shown.text.split(/\n{2,}/).map((paragraph, index) => (
				<p key={index} className="whitespace-pre-line">
					{paragraph}
				</p>
			))}
		</div>
	)
}

export default function OfferPage() {
	const { offer, today } = useLoaderData<typeof loader>()
	const { t, locale } = useT()
	const size = useOfferSize()(offer)
	const availability = useOfferAvailability()(offer, today)
	const title = chooseOfferText(offer, 'title', locale)
	const description = chooseOfferText(offer, 'description', locale)
	const terms = chooseOfferText(offer, 'terms', locale)
	const heading = title?.text ?? offer.slug
	const where = [siteName(offer.site, locale), offer.address].filter(Boolean).join(', ')
	return (
		<>
			<PageHeader
				trail={[{ label: t('establish.title'), to: '/establish' }]}
				title={heading}
				eyebrow={t(`establish.kind.${offer.kind}`)}
				badge={offer.status === 'available' ? null : <OfferStatusBadge status={offer.status} />}
			>
				<OnlyInNote shown={title} className="mt-2" />
			</PageHeader>
			<div className="container-page grid gap-8 py-8 sm:py-10 lg:grid-cols-[1fr_20rem]">
				<div className="min-w-0 space-y-6">
					<ListingImage image={offer.image} variant="feature" />
					{offer.status === 'reserved' ? <Notice>{t('establish.detail.reservedNote')}</Notice> : null}
					{offer.status === 'taken' ? <Notice>{t('establish.detail.takenNote')}</Notice> : null}
					{description ? (
						<div>
							<Paragraphs shown={description} />
							<OnlyInNote shown={description} className="mt-2" />
						</div>
					) : null}
					<dl className="card grid gap-4 p-5 sm:grid-cols-2">
						<div>
							<dt className="font-semibold text-slate-900">{t('establish.detail.kind')}</dt>
							<dd className="text-slate-700">{t(`establish.kind.${offer.kind}`)}</dd>
						</div>
						{where ? (
							<div>
								<dt className="font-semibold text-slate-900">{t('establish.detail.where')}</dt>
								<dd className="text-slate-700">{where}</dd>
							</div>
						) : null}
						{size ? (
							<div>
								<dt className="font-semibold text-slate-900">{t('establish.detail.size')}</dt>
								<dd className="text-slate-700">{size}</dd>
							</div>
						) : null}
						<div>
							<dt className="font-semibold text-slate-900">{t('establish.detail.availability')}</dt>
							<dd className="text-slate-700">{availability}</dd>
						</div>
						<div>
							<dt className="font-semibold text-slate-900">{t('establish.detail.status')}</dt>
							<dd className="text-slate-700">{t(`establish.status.${offer.status}`)}</dd>
						</div>
						{offer.priceRange ? (
							<div>
								<dt className="font-semibold text-slate-900">{t('establish.detail.price')}</dt>
								<dd className="text-slate-700">{offer.priceRange}</dd>
							</div>
						) : null}
						{terms ? (
							<div className="sm:col-span-2">
								<dt className="font-semibold text-slate-900">{t('establish.detail.terms')}</dt>
								<dd className="mt-1 text-slate-700">
									<Paragraphs shown={terms} />
									<OnlyInNote shown={terms} className="mt-1" />
								</dd>
							</div>
						) : null}
					</dl>
					<p>
						<Link to="/establish" className="link">
							{t('establish.detail.back')}
						</Link>
					</p>
				</div>
				<aside aria-labelledby="offer-contact" className="card h-fit space-y-3 p-5">
					<h2 id="offer-contact" className="text-lg font-semibold text-slate-900">
						{t('establish.detail.contact')}
					</h2>
					<p className="font-medium text-slate-900">{offer.contactName}</p>
					<p>
						<a href={`mailto:${offer.contactEmail}`} className="link break-all">
							{offer.contactEmail}
						</a>
					</p>
					{offer.contactPhone ? (
						<p>
							<a href={`tel:${offer.contactPhone.replace(/[^+0-9]/g, '')}`} className="link">
								{offer.contactPhone}
							</a>
						</p>
					) : null}
					{offer.status === 'taken' ? null : (
						<>
							<Link to={`/establish/enquire?offer=${encodeURIComponent(offer.slug)}`} className="button-primary w-full">
								{t('establish.detail.interested')}
							</Link>
							<p className="text-sm text-slate-600">{t('establish.detail.interestedHint')}</p>
						</>
					)}
				</aside>
				<SmallCampusMap kind="offer" slug={offer.slug} name={heading} position={offer} className="lg:col-start-2" />
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
