import { Link } from '@remix-run/react'
import { OnlyInNote } from '~/components/listing-text.tsx'
import { chooseOfferText } from '~/domain/establishment/offer-text.ts'
import { siteName } from '~/domain/places/campus-sites.ts'
import type { OfferView } from '~/domain/establishment/offer-views.server.ts'
import { useT } from '~/i18n/use-t.ts'
import { useOfferAvailability, useOfferSize } from './offer-facts.tsx'
import { OfferStatusBadge } from './offer-status-badge.tsx'
import { offerPath } from '~/domain/establishment/offer-path.ts'

/** One offer in the public list: what, where, how big, from when; reserved and taken ones say so. */
export function OfferCard({ offer, today }: { offer: OfferView; today: string }) {
	const { t, locale } = useT()
	const size = useOfferSize()(offer)
	const availability = useOfferAvailability()(offer, today)
	const title = chooseOfferText(offer, 'title', locale)
	const description = chooseOfferText(offer, 'description', locale)
	const where = siteName(offer.site, locale) ?? offer.address
	return (
		<article className="card relative flex h-full flex-col gap-3 p-5 hover:border-brand-300 hover:shadow-md">
			<div className="flex flex-wrap items-center justify-between gap-2">
				<p className="eyebrow">{t(`establish.kind.${offer.kind}`)}</p>
				{offer.status === 'available' ? null : <OfferStatusBadge status={offer.status} />}
			</div>
			<h3 className="text-lg font-semibold text-slate-900" lang={title?.lang}>
				<Link to={offerPath(offer.slug)} className="after:absolute after:inset-0 hover:text-brand-700">
					{title?.text ?? offer.slug}
				</Link>
			</h3>
			<OnlyInNote shown={title} />
			{description ? (
				<p className="line-clamp-3 text-sm leading-relaxed text-slate-700" lang={description.lang}>
					{description.text}
				</p>
			) : null}
			<dl className="mt-auto space-y-1 text-sm text-slate-700">
				{where ? (
					<div>
						<dt className="sr-only">{t('establish.detail.where')}</dt>
						<dd>{where}</dd>
					</div>
				) : null}
				{size ? (
					<div>
						<dt className="sr-only">{t('establish.detail.size')}</dt>
						<dd>{size}</dd>
					</div>
				) : null}
				<div>
					<dt className="sr-only">{t('establish.detail.availability')}</dt>
					<dd>{availability}</dd>
				</div>
			</dl>
		</article>
	)
}
