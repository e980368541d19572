import { Link } from '@remix-run/react'
import { Section } from '~/components/section.tsx'
import type { DuplicateHint } from '~/domain/curation/duplicate-hints.server.ts'
import { useT } from '~/i18n/use-t.ts'
import { ListingStatusBadge } from './status-badge.tsx'

/**
 * "Possible duplicate of …": each listing that looks like the one under
 * review, why it does, and the way to merge them (the listing's own merge
 * panel, with the other one already found) for coordinators who may merge.
 */
export function DuplicateHints({
	listingId,
	hints,
	canMerge,
}: {
	listingId: string
	hints: readonly DuplicateHint[]
	canMerge: boolean
}) {
	const { t } = useT()
	if (!hints.length) return null
	return (
		<Section
			id="duplicates-heading"
			heading={t('review.duplicates.heading')}
			size="lg"
			className="card border-amber-300 bg-amber-50 p-5 sm:p-6"
		>
			<p className="mt-1 max-w-3xl text-slate-700">{t('review.duplicates.intro')}</p>
			<ul className="mt-4 space-y-4">
				{hints.map((hint) => (
					<li key={hint.id} className="rounded-lg border border-amber-200 bg-white p-4">
						<p className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
							<span>
								{t('review.duplicates.of')}{' '}
								<Link to={`/coordinator/listings/${hint.id}`} className="link">
									{hint.name}
								</Link>{' '}
								<span className="font-normal text-slate-600">({hint.ref})</span>
							</span>
							{hint.status !== 'published' ? <ListingStatusBadge status={hint.status} /> : null}
						</p>
						<ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-slate-800">
							{hint.reasons.map((reason) => (
								<li key={reason.kind}>
									{reason.kind === 'name'
										? t('review.duplicates.name', { percent: Math.round(reason.similarity * 100) })
										: reason.kind === 'website'
											? t('review.duplicates.website', { host: reason.host })
											: t('review.duplicates.email', { domain: reason.domain })}
								</li>
							))}
						</ul>
						{canMerge ? (
							<p className="mt-3 text-sm">
								<Link
									to={`/coordinator/listings/${listingId}?${new URLSearchParams({ mergeQuery: hint.ref })}#merge`}
									className="link"
								>
									{t('review.duplicates.merge', { name: hint.name })}
								</Link>
							</p>
						) : null}
					</li>
				))}
			</ul>
		</Section>
	)
}
