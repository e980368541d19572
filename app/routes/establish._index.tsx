import type { LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { EmptyState } from '~/components/empty-state.tsx'
import { OfferCard } from '~/components/establishment/offer-card.tsx'
import { buttonClass, choiceClass, hintClass, inputClass, labelClass } from '~/components/forms/styles.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { offerKinds, sizeRangeCodes } from '~/domain/establishment/offer-kinds.ts'
import { readOfferFilter } from '~/domain/establishment/offer-filter.ts'
import { publicOffers } from '~/domain/establishment/offer-views.server.ts'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

// The offers' texts are a part of their own, so other public pages do not carry them.
await needTexts('establish')

export async function loader({ request }: LoaderFunctionArgs) {
	const filter = readOfferFilter(new URL(request.url).searchParams)
	const { offers, kindCounts } = await publicOffers(filter)
	return { filter, offers, kindCounts, today: new Date().toISOString().slice(0, 10) }
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('establish.title'), description: i18n.t('establish.home.text') }))

export default function EstablishPage() {
	const { filter, offers, kindCounts, today } = useLoaderData<typeof loader>()
	const { t, tCount, formatNumber, locale } = useT()
	const filtered = filter.kinds.length > 0 || Boolean(filter.size || filter.availableBy) || filter.showTaken
	return (
		<>
			<PageHeader trail={[]} title={t('establish.title')}>
				<p className="mt-3 max-w-3xl text-lg leading-relaxed text-slate-700">{t('establish.intro')}</p>
				<p className="mt-4">
					<Link to="/establish/enquire" className={buttonClass('primary')}>
						{t('establish.talkToOffice')}
					</Link>
				</p>
				<p className="mt-3">
					<Link to="/map?kind=offer&kind=landmark" className="link">
						{t('establish.mapLink')}
					</Link>
				</p>
			</PageHeader>
			<div className="container-page grid gap-8 py-8 sm:py-10 lg:grid-cols-[18rem_1fr]">
				<Form method="get" className="card h-fit space-y-6 p-5" aria-labelledby="offer-filters">
					<h2 id="offer-filters" className="text-lg font-semibold text-slate-900">
						{t('establish.filters')}
					</h2>
					{/* The language travels with the filter, so a shared filtered list opens in it. */}
					<input type="hidden" name="lang" value={locale} />
					<fieldset className="space-y-2">
						<legend className={labelClass}>{t('establish.filter.kind')}</legend>
						{offerKinds.map((kind) => (
							<label key={kind} className="flex items-start gap-3 text-slate-800">
								<input
									type="checkbox"
									name="kind"
									value={kind}
									defaultChecked={filter.kinds.includes(kind)}
									className={`${choiceClass} mt-0.5`}
								/>
								<span>
									{t(`establish.kind.${kind}`)}{' '}
									<span className="text-sm text-slate-600 tabular-nums">({formatNumber(kindCounts[kind])})</span>
								</span>
							</label>
						))}
					</fieldset>
					<div>
						<label htmlFor="offer-size" className={labelClass}>
							{t('establish.filter.size')}
						</label>
						<select id="offer-size" name="size" defaultValue={filter.size ?? ''} className={`${inputClass} mt-2`}>
							<option value="">{t('establish.filter.sizeAny')}</option>
							{sizeRangeCodes.map((code) => (
								<option key={code} value={code}>
									{t(`establish.sizeRange.${code}`)}
								</option>
							))}
						</select>
					</div>
					<div>
						<label htmlFor="offer-by" className={labelClass}>
							{t('establish.filter.availableBy')}
						</label>
						<input
							id="offer-by"
							type="date"
							name="by"
							defaultValue={filter.availableBy ?? ''}
							aria-describedby="offer-by-hint"
							className={`${inputClass} mt-2`}
						/>
						<p id="offer-by-hint" className={hintClass}>
							{t('establish.filter.availableByHint')}
						</p>
					</div>
					<label className="flex items-start gap-3 text-slate-800">
						<input
							type="checkbox"
							name="taken"
							value="1"
							defaultChecked={filter.showTaken}
							className={`${choiceClass} mt-0.5`}
						/>
						<span>{t('establish.filter.showTaken')}</span>
					</label>
					<div className="flex flex-wrap items-center gap-3">
						<button type="submit" className={buttonClass('primary')}>
							{t('establish.filter.apply')}
						</button>
						{filtered ? (
							<Link to={`/establish?lang=${locale}`} className="link text-sm">
								{t('establish.filter.clear')}
							</Link>
						) : null}
					</div>
				</Form>
				<section aria-labelledby="offers-heading" className="min-w-0 space-y-4">
					<div className="flex flex-wrap items-baseline justify-between gap-2">
						<h2 id="offers-heading" className="text-2xl font-bold tracking-tight text-slate-900">
							{t('establish.offersHeading')}
						</h2>
						<p className="text-sm font-medium text-slate-600" role="status">
							{tCount('establish.count', offers.length)}
						</p>
					</div>
					{offers.length === 0 ? (
						<EmptyState title={t('establish.none')}>
							<p>{t('establish.noneHint')}</p>
						</EmptyState>
					) : (
						<ul className="grid gap-4 sm:grid-cols-2">
							{offers.map((offer) => (
								<li key={offer.id}>
									<OfferCard offer={offer} today={today} />
								</li>
							))}
						</ul>
					)}
				</section>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
