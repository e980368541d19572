import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { buttonClass, Notice } from '~/components/forms/index.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { ConfidentialityBadge, RequestStatusBadge } from '~/components/requests/status-badges.tsx'
import { requireActor } from '~/http/viewer.server.ts'
import { requestsOfMember } from '~/domain/requests/request-views.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requireActor(request)
	return {
		requests: await requestsOfMember(actor),
		canCreate: actor.emailVerified && actor.memberships.length > 0,
	}
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('requests.title') }))

export default function RequestsPage() {
	const { requests, canCreate } = useLoaderData<typeof loader>()
	const { t, formatDate } = useT()
	return (
		<>
			<PageHeader trail={[]} title={t('requests.title')}>
				<p className="mt-3 max-w-3xl text-lg text-slate-700">{t('requests.intro')}</p>
				{canCreate ? (
					<p className="mt-5">
						<Link to="/requests/new" className={buttonClass()}>
							<span aria-hidden="true">+</span> {t('requests.new')}
						</Link>
					</p>
				) : null}
			</PageHeader>
			<div className="container-page space-y-6 py-8 sm:py-10">
				{!canCreate ? <Notice tone="info">{t('requests.noOrganization')}</Notice> : null}
				{requests.length === 0 ? (
					canCreate ? (
						<p className="text-slate-700">{t('requests.empty')}</p>
					) : null
				) : (
					<ul className="card divide-y divide-slate-200">
						{requests.map((request) => (
							<li key={request.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-4 sm:px-5">
								<div className="min-w-0">
									<Link to={`/requests/${request.id}`} className="text-lg font-semibold text-brand-800 hover:underline">
										{request.title}
									</Link>
									<p className="mt-1 text-sm text-slate-600">
										{request.organizationName} ·{' '}
										{request.submittedAt
											? t('requestDetail.submittedOn', { date: formatDate(request.submittedAt) })
											: t('requests.notSubmitted')}
										{request.routes > 0
											? ` · ${t('requests.answers', { interested: request.interested + request.introduced, routes: request.routes })}`
											: ''}
									</p>
								</div>
								<div className="flex flex-wrap gap-2">
									<ConfidentialityBadge level={request.confidentiality} />
									<RequestStatusBadge status={request.status} />
								</div>
							</li>
						))}
					</ul>
				)}
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
