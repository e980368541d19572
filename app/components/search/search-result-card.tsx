import { Link } from '@remix-run/react'
import { askTheHubPath } from '~/domain/directory/types.ts'
import { chooseListingText } from '~/domain/listings/listing-text.ts'
import type { SearchHitView } from '~/domain/search/run-search.server.ts'
import { useT } from '~/i18n/use-t.ts'
import { ListingImage } from '../listing-image.tsx'
import { OnlyInNote } from '../listing-text.tsx'
import { TagList } from '../tag-list.tsx'
import { VerifiedBadge } from '../verified-badge.tsx'
import { Highlighted, markStyle } from './highlighted.tsx'
import { MatchedVia } from './matched-via.tsx'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

export function SearchResultCard({ hit }: { hit: SearchHitView }) {
	const { t, term, locale } = useT()
	const { highlights } = hit
	const summary = chooseListingText(hit, 'summary', locale)
	const summaryHighlight = summary ? highlights[summary.field] : undefined
	const context = [
		hit.title ? <span key="title">{hit.title}</span> : null,
		hit.organization ? (
			<span key="organization">
				<Highlighted html={highlights.organizationName} text={hit.organization.name} />
			</span>
		) : null,
		hit.city ? <span key="city">{hit.city}</span> : null,
	].filter((part) => part !== null)
	// Another text is only worth showing when it is where the match is: it tells why the listing came up. That is a
	// description, or the summary's version in the other language (the one shown has no match then).
	const snippet =
		summaryHighlight || highlights.name
			? null
			: chooseListingText(
					{
						contentLocale: hit.contentLocale,
						description: highlights.description ?? highlights.summary,
						translatedDescription: highlights.translatedDescription ?? highlights.translatedSummary,
					},
					'description',
					locale,
				)
	return (
		// The title link stretches over the card so the whole card is one large target.
		<article
			className={`card relative flex flex-col gap-2 p-5 transition hover:border-brand-300 hover:shadow-md has-[a:focus-visible]:ring-3 has-[a:focus-visible]:ring-focus ${markStyle}`}
		>
			{hit.image ? <ListingImage image={hit.image} variant="card" /> : null}
			<div className="flex items-center justify-between gap-3">
				<p className="eyebrow">{term('listingTypes', hit.type)}</p>
				{hit.verified ? <VerifiedBadge /> : null}
			</div>
			<h2 className="text-lg leading-snug font-semibold text-slate-900">
				<Link
					to={hit.url}
					className="after:absolute after:inset-0 after:rounded-xl hover:text-brand-700 focus-visible:outline-none"
				>
					<Highlighted html={highlights.name} text={hit.name} />
				</Link>
			</h2>
			{context.length ? (
				<p className="text-sm text-slate-600">
					{context.flatMap((part, index) => (index === 0 ? [part] : [<span key={`dot-${index}`}> · </span>, part]))}
				</p>
			) : null}
			{summary ? (
				<div>
					<p lang={summary.lang} className="text-sm leading-relaxed text-slate-700">
						<Highlighted html={summaryHighlight} text={summary.text} />
					</p>
					<OnlyInNote shown={summary} className="mt-1" />
				</div>
			) : null}
			{snippet ? (
				<p lang={snippet.lang} className="border-l-2 border-slate-200 pl-3 text-sm leading-relaxed text-slate-600">
					<Highlighted html={snippet.text} text="" />
				</p>
			) : null}
			<MatchedVia explanations={hit.matchedVia} />
			{hit.tags.length ? (
				<div className="pt-1">
					<TagList tags={hit.tags} size="sm" />
				</div>
			) : null}
			{/* Above the card's stretched title link, so it gets its own clicks. */}
			<p className="relative z-10 mt-auto pt-1 text-sm">
				<Link to={askTheHubPath({ from: hit.ref })} className="link">
					{t(`ask.${hit.type}`)}
				</Link>
			</p>
		</article>
	)
}
