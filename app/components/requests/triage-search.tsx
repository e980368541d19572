import { Form, Link } from '@remix-run/react'
import { buttonClass, Field } from '~/components/forms/index.ts'
import type { SearchHitView } from '~/domain/search/run-search.server.ts'
import { chooseListingText } from '~/domain/listings/listing-text.ts'
import { useT } from '~/i18n/use-t.ts'
import { OnlyInNote } from '../listing-text.tsx'
import { AddCandidateForm } from './triage-candidates.tsx'
import { TriageSection } from './triage-section.tsx'
import type { TriageCandidate } from './triage-types.ts'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

/** The summary in the coordinator's language where the listing has one, else the one it has, saying so, as public cards do. */
function HitSummary({ hit }: { hit: SearchHitView }) {
	const { locale } = useT()
	const summary = chooseListingText(hit, 'summary', locale)
	if (!summary) return null
	return (
		<>
			<p lang={summary.lang} className="mt-1 line-clamp-2 text-sm text-slate-700">
				{summary.text}
			</p>
			<OnlyInNote shown={summary} className="mt-0.5" />
		</>
	)
}

/**
 * Finding a provider the ranking did not suggest: the directory's own search
 * (a GET form, so the query stays in the address), each hit with "Add".
 */
export function AddProviderSearch({
	query,
	hits,
	candidates,
	requesterSlug,
}: {
	query: string
	/** null when nothing was searched for. */
	hits: readonly SearchHitView[] | null
	candidates: readonly TriageCandidate[]
	requesterSlug: string
}) {
	const { t, term } = useT()
	const listed = new Set(candidates.filter((candidate) => !candidate.removed).map((candidate) => candidate.listingId))
	const isRequester = (hit: SearchHitView) =>
		(hit.type === 'organization' && hit.slug === requesterSlug) || hit.organization?.slug === requesterSlug
	return (
		<TriageSection id="add" heading={t('triage.addHeading')}>
			<Form method="get" role="search" className="card flex flex-wrap items-end gap-3 p-4 sm:p-5">
				<Field
					className="min-w-0 flex-1 basis-60"
					type="search"
					label={t('triage.search')}
					inputProps={{ id: 'provider-query', name: 'q', defaultValue: query }}
					controlClassName="h-11"
				/>
				<button type="submit" className={buttonClass('secondary')}>
					{t('triage.searchButton')}
				</button>
			</Form>
			{hits === null ? null : hits.length === 0 ? (
				<p className="text-slate-700">{t('triage.searchEmpty', { query })}</p>
			) : (
				<ul className="card divide-y divide-slate-200">
					{hits.map((hit) => (
						<li key={hit.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
							<div className="min-w-0 flex-1 basis-64">
								<p className="font-semibold text-slate-900">
									<Link to={hit.url} className="hover:text-brand-700 hover:underline">
										{hit.name}
									</Link>
								</p>
								<p className="text-sm text-slate-600">
									{term('listingTypes', hit.type)}
									{hit.organization ? ` · ${hit.organization.name}` : null}
									{hit.city ? ` · ${hit.city}` : null}
								</p>
								<HitSummary hit={hit} />
							</div>
							{listed.has(hit.id) ? (
								<p className="text-sm font-medium text-slate-600">{t('triage.alreadyCandidate')}</p>
							) : isRequester(hit) ? (
								<p className="text-sm font-medium text-slate-600">{t('triage.isRequester')}</p>
							) : (
								<AddCandidateForm listingId={hit.id} name={hit.name} label={t('triage.add')} />
							)}
						</li>
					))}
				</ul>
			)}
		</TriageSection>
	)
}
