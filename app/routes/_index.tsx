import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useLoaderData, useRouteLoaderData } from '@remix-run/react'
import { EmptyState } from '~/components/empty-state.tsx'
import { ListingCard } from '~/components/listing-card.tsx'
import { ListingTypeIcon } from '~/components/listing-type-icon.tsx'
import { SearchForm } from '~/components/search-form.tsx'
import { Section } from '~/components/section.tsx'
import { countPublishedByType } from '~/domain/directory/count-published-by-type.server.ts'
import { featuredListings } from '~/domain/directory/featured-listings.server.ts'
import { askTheHubPath, listPath, listingTypes } from '~/domain/directory/types.ts'
import { hubStructuredData } from '~/domain/seo/structured-data.ts'
import { pageSeo } from '~/http/page-seo.server.ts'
import { directoryViewer } from '~/http/viewer.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { needTexts, translator } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import type { loader as rootLoader } from '~/root.tsx'
import { publicOrigin } from '~/utils/public-url.server.ts'

// What listings and the search say is a part of the texts of its own (text-parts.ts).
await needTexts('directory')

export async function loader({ request }: LoaderFunctionArgs) {
	const viewer = await directoryViewer(request)
	const [counts, featured] = await Promise.all([countPublishedByType(viewer), featuredListings({ viewer })])
	// Built here rather than in meta(): the browser needs no schema.org code (docs/decisions/027-page-budget.md).
	const i18n = translator(resolveLocale(request).locale)
	const structuredData = hubStructuredData({
		origin: publicOrigin(),
		name: i18n.t('hub.name'),
		description: i18n.t('meta.description'),
	})
	return { counts, featured, seo: pageSeo(request, { structuredData }).tags }
}

export const meta: MetaFunction = ({ matches }) => documentMeta(matches, (i18n) => ({ title: i18n.t('home.title') }))

export default function HomePage() {
	const { counts, featured } = useLoaderData<typeof loader>()
	const { t, formatNumber } = useT()
	// The front page stays the public one for everybody; a signed-in member is shown the way to their own.
	const signedIn = Boolean(useRouteLoaderData<typeof rootLoader>('root')?.user)
	return (
		<>
			{signedIn ? (
				<p className="container-page py-3">
					<Link to="/home" className="link font-semibold">
						{t('home.memberLink')}
					</Link>
				</p>
			) : null}
			<section aria-labelledby="hero-heading" className="on-dark relative overflow-hidden bg-brand-900 text-brand-50">
				<div
					aria-hidden="true"
					className="absolute inset-0 bg-[radial-gradient(circle_at_85%_15%,var(--color-brand-700),transparent_55%)]"
				/>
				<div className="container-page relative py-14 sm:py-20">
					<p className="text-sm font-semibold tracking-wide text-brand-200">{t('home.eyebrow')}</p>
					<h1
						id="hero-heading"
						className="mt-3 max-w-3xl text-3xl font-bold tracking-tight text-balance text-white sm:text-5xl"
					>
						{t('home.heading')}
					</h1>
					<p className="mt-5 max-w-3xl text-base leading-relaxed text-brand-100 sm:text-lg">{t('home.intro')}</p>
					<div className="mt-8 max-w-2xl text-white">
						<SearchForm tone="dark" />
					</div>
				</div>
			</section>

			<Section
				id="counts-heading"
				heading={t('home.countsHeading')}
				size="2xl"
				className="container-page -mt-px py-12 sm:py-16"
			>
				<ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
					{listingTypes.map((type) => (
						<li key={type}>
							<Link
								to={listPath(type)}
								className="card group flex h-full flex-col gap-3 p-5 transition hover:border-brand-300 hover:shadow-md"
							>
								<span className="flex items-center justify-between">
									<span className="flex size-11 items-center justify-center rounded-lg bg-brand-50 text-brand-700">
										<ListingTypeIcon type={type} />
									</span>
									<span className="text-3xl font-bold text-slate-900 tabular-nums">{formatNumber(counts[type])}</span>
								</span>
								<span className="font-semibold text-slate-900 group-hover:text-brand-700">
									{t(`list.${type}.title`)}
								</span>
								<span className="text-sm leading-relaxed text-slate-600">{t(`list.${type}.intro`)}</span>
							</Link>
						</li>
					))}
				</ul>
			</Section>

			<Section id="ask-heading" heading={t('home.askHeading')} size="2xl" className="container-page pb-12 sm:pb-16">
				<div className="card mt-6 flex flex-col gap-4 p-5 sm:flex-row sm:items-center sm:justify-between sm:p-6">
					<p className="max-w-3xl leading-relaxed text-slate-700">{t('home.askBody')}</p>
					<Link to={askTheHubPath()} className="button-primary shrink-0">
						{t('home.askLink')}
					</Link>
				</div>
			</Section>

			<Section
				id="establish-heading"
				heading={t('establish.home.heading')}
				size="2xl"
				className="container-page pb-12 sm:pb-16"
			>
				<div className="card mt-6 flex flex-col gap-4 p-5 sm:flex-row sm:items-center sm:justify-between sm:p-6">
					<p className="max-w-3xl leading-relaxed text-slate-700">{t('establish.home.text')}</p>
					<Link to="/establish" className="button-secondary shrink-0">
						{t('establish.home.link')}
					</Link>
				</div>
			</Section>

			<Section id="featured-heading" heading={t('home.featuredHeading')} size="2xl" className="container-page">
				<div className="mt-6">
					{featured.length === 0 ? (
						<EmptyState title={t('home.featuredEmpty')} />
					) : (
						<ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
							{featured.map((listing) => (
								<li key={listing.id}>
									<ListingCard listing={listing} headingLevel={3} />
								</li>
							))}
						</ul>
					)}
				</div>
			</Section>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
