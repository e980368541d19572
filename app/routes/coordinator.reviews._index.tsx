import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { Notice, useDone } from '~/components/forms/index.ts'
import { formatAge } from '~/components/curation/age.ts'
import { EmptyState } from '~/components/empty-state.tsx'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { requirePermission } from '~/http/viewer.server.ts'
import { reviewQueue } from '~/domain/curation/review-queue.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'revision.review')
	// "Waiting 3 days" is computed against the server's clock, so the page reads the same after hydration.
	return { items: await reviewQueue(), now: new Date().toISOString() }
}

export const meta: MetaFunction = ({ matches }) => documentMeta(matches, (i18n) => ({ title: i18n.t('reviews.title') }))

const doneMessages = {
	approved: 'reviews.approved',
	'approved-with-organization': 'reviews.approvedWithOrganization',
	rejected: 'reviews.rejected',
	spam: 'reviews.spam',
} as const

export default function ReviewQueuePage() {
	const { items, now } = useLoaderData<typeof loader>()
	const i18n = useT()
	const { t, term, formatDate } = i18n
	const doneKey = useDone(doneMessages)
	return (
		<>
			<CoordinatorHeader title={t('reviews.title')} intro={t('reviews.intro')} />
			<div className="container-page space-y-6 py-8 sm:py-10">
				{doneKey ? <Notice tone="success">{t(doneKey)}</Notice> : null}
				{items.length === 0 ? (
					<EmptyState title={t('reviews.empty')} />
				) : (
					<ol className="card divide-y divide-slate-200">
						{items.map((item) => {
							const isClaim = item.kind === 'claim'
							const name = isClaim ? item.organizationName : item.listingName
							const href = isClaim ? '/coordinator/claims' : `/coordinator/reviews/${item.id}`
							const kind = isClaim
								? t('reviews.kind.claim')
								: `${t(item.isNew ? 'reviews.kind.new' : 'reviews.kind.change')} · ${term('listingTypes', item.listingType)}`
							const who = isClaim
								? t('reviews.by', { name: item.claimantName })
								: item.authorName
									? t('reviews.by', { name: item.authorName })
									: t('reviews.byErased')
							return (
								<li
									key={`${item.kind}-${item.id}`}
									className="relative flex flex-col gap-1 p-4 hover:bg-slate-50 sm:flex-row sm:items-center sm:justify-between sm:p-5"
								>
									<div className="min-w-0">
										<p className="eyebrow">{kind}</p>
										<p className="mt-1 font-semibold text-slate-900">
											<Link to={href} className="after:absolute after:inset-0 hover:text-brand-700">
												{name}
											</Link>
										</p>
										{!isClaim && item.newOrganizationName ? (
											<p className="text-sm font-medium text-slate-800">
												{t('reviews.withNewOrganization', { name: item.newOrganizationName })}
											</p>
										) : null}
										<p className="text-sm text-slate-600">
											{who} · {formatDate(item.submittedAt)}
										</p>
									</div>
									<p className="shrink-0 text-sm font-medium text-slate-700">
										<span className="sr-only">{t('reviews.column.waiting')}: </span>
										{formatAge(item.submittedAt, new Date(now), i18n)}
									</p>
								</li>
							)
						})}
					</ol>
				)}
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
