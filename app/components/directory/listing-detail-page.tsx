import { Link, useLoaderData } from '@remix-run/react'
import type { listingDetailLoader } from '~/http/directory-loaders.server.ts'
import {
	askTheHubPath,
	listingPath,
	listPath,
	type ListingSummary,
	type OrganizationDetail,
} from '~/domain/directory/types.ts'
import { chooseListingText } from '~/domain/listings/listing-text.ts'
import { useT } from '~/i18n/use-t.ts'
import { ListingCard } from '../listing-card.tsx'
import { ListingEditLinks } from '../listing-edit-link.tsx'
import { OnlyInNote } from '../listing-text.tsx'
import { OrganizationAccountLink } from '../organization-account-link.tsx'
import { ListingImage } from '../listing-image.tsx'
import { PageHeader } from '../page-header.tsx'
import { Section } from '../section.tsx'
import { TagList } from '../tag-list.tsx'
import { VerificationEvidence, VerifiedBadge } from '../verified-badge.tsx'
import { ListingSmallMap } from '../map/small-campus-map.tsx'
import { listingFacts } from './listing-facts.tsx'
import { directoryPageMeta } from './page-meta.ts'
import { CapacityCalendar } from '../capacity/capacity-calendar.tsx'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'
import { needTexts } from '~/i18n/messages.ts'

// What listings and the search say is a part of the texts of its own (text-parts.ts).
await needTexts('directory')

type DetailLoaderData = Awaited<ReturnType<ReturnType<typeof listingDetailLoader>>>

function Paragraphs({ text, lang }: { text: string; lang: string }) {
	return (
		<div lang={lang} className="space-y-4 leading-relaxed text-slate-700">
			{text
				.split(/\n\s*\n/)
				.filter((paragraph) => paragraph.trim())
				.map((paragraph, index) => (
					<p key={index}>{paragraph.trim()}</p>
				))}
		</div>
	)
}

function ChildListings({ heading, listings }: { heading: string; listings: ListingSummary[] }) {
	if (listings.length === 0) return null
	return (
		<Section
			id={`section-${listings[0]?.type}`}
			heading={
				<>
					{heading} <span className="font-normal text-slate-600">({listings.length})</span>
				</>
			}
			className="mt-12"
		>
			<ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
				{listings.map((listing) => (
					<li key={listing.id}>
						<ListingCard listing={listing} headingLevel={3} showType={false} showOrganization={false} />
					</li>
				))}
			</ul>
		</Section>
	)
}

function OrganizationChildren({ organization }: { organization: OrganizationDetail }) {
	const { t } = useT()
	const { labs, facilities, experts } = organization
	if (labs.length + facilities.length + experts.length === 0) {
		return <p className="mt-12 text-slate-600">{t('organization.nothingListed')}</p>
	}
	return (
		<>
			<ChildListings heading={t('organization.facilities')} listings={facilities} />
			<ChildListings heading={t('organization.labs')} listings={labs} />
			<ChildListings heading={t('organization.experts')} listings={experts} />
		</>
	)
}

/** The page of /<type>/<slug> for all four listing types. */
export function ListingDetailPage() {
	const { listing, capacity } = useLoaderData() as DetailLoaderData
	const i18n = useT()
	const { t, term, formatDate, locale } = i18n
	const { facts, tagSections } = listingFacts(i18n, listing)
	const summary = chooseListingText(listing, 'summary', locale)
	const description = chooseListingText(listing, 'description', locale)
	return (
		<>
			<PageHeader
				trail={[{ label: t(`list.${listing.type}.title`), to: listPath(listing.type) }]}
				title={listing.name}
				eyebrow={<p className="eyebrow mb-2">{term('listingTypes', listing.type)}</p>}
				badge={listing.verified ? <VerifiedBadge /> : null}
			>
				{listing.image ? (
					<div className="mt-4">
						<ListingImage image={listing.image} variant="page" />
					</div>
				) : null}
				{summary ? (
					<>
						<p lang={summary.lang} className="mt-4 max-w-3xl text-lg leading-relaxed text-slate-700">
							{summary.text}
						</p>
						<OnlyInNote shown={summary} className="mt-1" />
					</>
				) : null}
				<VerificationEvidence evidence={listing.evidence} />
				{listing.type === 'organization' ? (
					<OrganizationAccountLink organizationId={listing.id} path={listingPath(listing)} />
				) : null}
				<ListingEditLinks listing={listing} />
				<p className="mt-5">
					<Link to={askTheHubPath({ from: listing.ref })} className="button-primary">
						{t(`ask.${listing.type}`)}
					</Link>
				</p>
			</PageHeader>

			<div className="container-page py-8 sm:py-10">
				<div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:gap-12">
					{/* Key facts come first in reading order (and on narrow screens); wide screens put them beside the text. */}
					<aside aria-labelledby="facts" className="lg:col-start-2 lg:row-start-1">
						<div className="card p-5 sm:p-6 lg:sticky lg:top-6">
							<h2 id="facts" className="text-base font-semibold text-slate-900">
								{t('detail.facts')}
							</h2>
							<dl className="mt-4 divide-y divide-slate-100">
								{facts.map((fact) => (
									<div key={fact.label} className="grid gap-1 py-3 first:pt-0 last:pb-0">
										<dt className="text-sm text-slate-600">{fact.label}</dt>
										<dd className="font-medium text-slate-900">
											{fact.value ?? <span className="font-normal text-slate-600">{t('detail.notStated')}</span>}
										</dd>
									</div>
								))}
							</dl>
						</div>
						<ListingSmallMap listing={listing} />
					</aside>
					<div className="min-w-0 space-y-10 lg:col-start-1 lg:row-start-1">
						{description ? (
							<Section id="about" heading={t(listing.type === 'expert' ? 'expert.bio' : 'detail.about')}>
								<div className="mt-3 max-w-prose">
									<OnlyInNote shown={description} className="mb-2" />
									<Paragraphs text={description.text} lang={description.lang} />
								</div>
							</Section>
						) : null}
						{tagSections.map((section, index) => (
							<Section key={section.heading} id={`tags-${index}`} heading={section.heading} size="base">
								<div className="mt-3">
									{section.tags.length ? (
										<TagList tags={section.tags} />
									) : (
										<p className="text-sm text-slate-600">{t('detail.notStated')}</p>
									)}
								</div>
							</Section>
						))}
					</div>
				</div>

				{listing.type === 'organization' ? <OrganizationChildren organization={listing} /> : null}
				{listing.type === 'facility' && capacity ? (
					<CapacityCalendar calendar={capacity} availableFrom={listing.availableFrom} />
				) : null}

				<p className="mt-12 text-sm text-slate-600">{t('detail.updated', { date: formatDate(listing.updatedAt) })}</p>
			</div>
		</>
	)
}

export const listingDetailMeta = directoryPageMeta<DetailLoaderData>(({ listing }, i18n) => ({
	title: `${listing.name} · ${i18n.term('listingTypes', listing.type)}`,
	description: chooseListingText(listing, 'summary', i18n.locale)?.text ?? i18n.t('meta.description'),
}))

// Route modules re-export this page whole: component, meta and error boundary.
