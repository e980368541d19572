import { Link } from '@remix-run/react'
import { buttonClass } from '~/components/forms/styles.ts'
import type { MyListing } from '~/domain/listings/my-listings.server.ts'
import { needTexts } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'
import { ListingStatusBadge, VisibilityBadge } from './curation/status-badge.tsx'
import { ListingTypeIcon } from './listing-type-icon.tsx'
import { VerifiedBadge } from './verified-badge.tsx'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

// A facility's row links to its capacity, a text of the calendar's part: without it the browser
// would render the key where the server rendered the text, and React would throw the page away to
// render it again, losing a click made meanwhile.
await needTexts('capacity')

/** One of the member's listings: where it stands in review, what the coordinator said, and what to do next. */
export function MyListingRow({ listing, highlighted }: { listing: MyListing; highlighted?: boolean }) {
	const { t, term, formatDate } = useT()
	const revision = listing.latestRevision
	const waiting = revision?.status === 'pending'
	const sentBack = revision?.status === 'rejected'
	return (
		<article
			aria-labelledby={`listing-${listing.id}`}
			className={`flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between sm:p-5 ${highlighted ? 'bg-brand-50' : ''}`}
		>
			<div className="flex min-w-0 gap-3">
				<span className="mt-0.5 flex size-9 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-700">
					<ListingTypeIcon type={listing.type} />
				</span>
				<div className="min-w-0">
					<p className="eyebrow">{term('listingTypes', listing.type)}</p>
					<h3 id={`listing-${listing.id}`} className="font-semibold text-slate-900">
						{listing.name}
					</h3>
					<div className="mt-1.5 flex flex-wrap items-center gap-2">
						<ListingStatusBadge status={listing.status} />
						{listing.type === 'expert' ? <VisibilityBadge visibility={listing.visibility} /> : null}
						{listing.verified ? <VerifiedBadge /> : null}
					</div>
					{waiting && listing.status === 'published' ? (
						<p className="mt-2 text-sm text-sky-900">
							{t('myListings.pendingSince', { date: formatDate(revision.createdAt) })}
						</p>
					) : null}
					{sentBack ? (
						<div className="mt-3 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
							<p className="font-semibold">
								{t('myListings.rejectedOn', { date: formatDate(revision.decidedAt ?? revision.createdAt) })}
							</p>
							{revision.comment ? (
								<>
									<p className="mt-1 font-medium">{t('myListings.coordinatorComment')}:</p>
									<p className="whitespace-pre-line">{revision.comment}</p>
								</>
							) : null}
						</div>
					) : null}
				</div>
			</div>
			<div className="flex shrink-0 flex-wrap gap-2 sm:justify-end">
				{listing.status !== 'archived' ? (
					<Link to={`/my-listings/${listing.id}/edit`} className={buttonClass('secondary', 'sm')}>
						{t(sentBack ? 'myListings.resubmit' : 'myListings.edit')}
						{/* Many rows have an "Edit" link: the listing's name tells them apart for screen readers. */}
						<span className="sr-only">: {listing.name}</span>
					</Link>
				) : null}
				{listing.type === 'facility' && listing.status !== 'archived' ? (
					<Link to={`/my-listings/${listing.id}/capacity`} className={buttonClass('secondary', 'sm')}>
						{t('capacity.edit')}
						<span className="sr-only">: {listing.name}</span>
					</Link>
				) : null}
				{listing.publicPath ? (
					<Link to={listing.publicPath} className={buttonClass('secondary', 'sm')}>
						{t('myListings.view')}
						<span className="sr-only">: {listing.name}</span>
					</Link>
				) : null}
			</div>
		</article>
	)
}
