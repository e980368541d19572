import { Link } from '@remix-run/react'
import { listingPath, type ListingSummary } from '~/domain/directory/types.ts'
import { chooseListingText } from '~/domain/listings/listing-text.ts'
import { useT } from '~/i18n/use-t.ts'
import { ListingImage } from './listing-image.tsx'
import { OnlyInNote } from './listing-text.tsx'
import { TagList } from './tag-list.tsx'
import { VerifiedBadge } from './verified-badge.tsx'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

interface ListingCardProps {
	listing: ListingSummary
	/** The card's title sits under the page's h1 (h2) or under a section heading (h3). */
	headingLevel?: 2 | 3
	/** Hide the type label where the surrounding list already says it. */
	showType?: boolean
	/** Hide the organisation's name on its own page. */
	showOrganization?: boolean
}

export function ListingCard({ listing, headingLevel = 2, showType = true, showOrganization = true }: ListingCardProps) {
	const { term, locale } = useT()
	const summary = chooseListingText(listing, 'summary', locale)
	const Heading = headingLevel === 2 ? 'h2' : 'h3'
	const context = [listing.title, showOrganization ? listing.organization?.name : null, listing.city]
		.filter(Boolean)
		.join(' · ')
	const badge = listing.verified ? <VerifiedBadge /> : null
	const title = (
		<Heading className="min-w-0 text-lg leading-snug font-semibold text-slate-900">
			<Link
				to={listingPath(listing)}
				className="after:absolute after:inset-0 after:rounded-xl hover:text-brand-700 focus-visible:outline-none"
			>
				{listing.name}
			</Link>
		</Heading>
	)
	return (
		// The title link stretches over the card so the whole card is one large target.
		<article className="card relative flex h-full flex-col gap-3 p-5 transition hover:border-brand-300 hover:shadow-md has-[a:focus-visible]:ring-3 has-[a:focus-visible]:ring-focus">
			{listing.image ? <ListingImage image={listing.image} variant="card" /> : null}
			{/* With a type label the badge shares its line, leaving the title the full width. */}
			{showType ? (
				<div>
					<div className="mb-1 flex items-center justify-between gap-3">
						<p className="eyebrow">{term('listingTypes', listing.type)}</p>
						{badge}
					</div>
					{title}
				</div>
			) : (
				<div className="flex items-start justify-between gap-3">
					{title}
					{badge}
				</div>
			)}
			{context ? <p className="text-sm text-slate-600">{context}</p> : null}
			{summary ? (
				<div>
					<p lang={summary.lang} className="line-clamp-3 text-sm leading-relaxed text-slate-700">
						{summary.text}
					</p>
					<OnlyInNote shown={summary} className="mt-1" />
				</div>
			) : null}
			<div className="mt-auto pt-1">
				<TagList tags={listing.tags} size="sm" />
			</div>
		</article>
	)
}
