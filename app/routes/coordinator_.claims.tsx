import { parseWithZod } from '@conform-to/zod'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { EmptyState } from '~/components/empty-state.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { inputClass, translateFormMessage } from '~/components/forms.tsx'
import { Notice } from '~/components/notice.tsx'
import { PageHeader } from '~/components/page-header.tsx'
import { decideClaim } from '~/domain/accounts/decide-claim.server.ts'
import { formMessage } from '~/domain/accounts/form-messages.ts'
import { pendingClaims } from '~/domain/accounts/pending-claims.server.ts'
import { decideClaimSchema } from '~/domain/accounts/schemas.ts'
import { requirePermission } from '~/domain/auth/viewer.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'

// Not nested under /coordinator's own route module (trailing underscore):
// this page stands alone whatever shape the coordinator overview takes.

export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requirePermission(request, 'claim.review')
	return { claims: await pendingClaims(actor) }
}

export async function action({ request }: ActionFunctionArgs) {
	const actor = await requirePermission(request, 'claim.review')
	const submission = parseWithZod(await request.formData(), { schema: decideClaimSchema })
	if (submission.status !== 'success') {
		return data({ tone: 'error' as const, message: 'accountForm.required' }, { status: 400 })
	}
	const result = await decideClaim(actor, submission.value, { baseUrl: publicBaseUrl() })
	if (result.kind === 'already-decided')
		return data({ tone: 'error' as const, message: 'claimReview.alreadyDecided' }, { status: 409 })
	const message = result.kind === 'approved' ? 'claimReview.approved' : 'claimReview.rejected'
	return { tone: 'success' as const, message: formMessage(message) }
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('claimReview.title') }))

export default function ClaimReviewPage() {
	const { claims } = useLoaderData<typeof loader>()
	const notice = useActionData<typeof action>()
	const i18n = useT()
	const { t, formatDate } = i18n
	return (
		<>
			<PageHeader trail={[{ label: t('userMenu.coordinator'), to: '/coordinator' }]} title={t('claimReview.title')}>
				<p className="mt-3 max-w-3xl text-slate-700">{t('claimReview.intro')}</p>
			</PageHeader>
			<div className="container-page py-8 sm:py-10">
				{notice ? (
					<Notice tone={notice.tone} className="mb-6">
						<p>{translateFormMessage(i18n, notice.message)}</p>
					</Notice>
				) : null}
				{claims.length === 0 ? (
					<EmptyState title={t('claimReview.empty')} />
				) : (
					<ol className="space-y-5">
						{claims.map((claim) => (
							<li key={claim.id}>
								<article aria-labelledby={`claim-${claim.id}`} className="card p-5 sm:p-6">
									<div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
										<h2 id={`claim-${claim.id}`} className="text-lg font-semibold text-slate-900">
											<Link to={claim.organization.path} className="hover:text-brand-700 hover:underline">
												{claim.organization.name}
											</Link>
										</h2>
										<p className="text-sm text-slate-600">
											{t('claimReview.submitted', { date: formatDate(claim.createdAt) })}
										</p>
									</div>
									<p className="mt-1 text-sm text-slate-700">
										{t('claimReview.by', { name: claim.claimant.name, email: claim.claimant.email })}
									</p>
									<p className="mt-1 text-sm text-slate-600">
										{claim.organization.adminCount
											? t('claimReview.hasAdmins', { count: claim.organization.adminCount })
											: t('claimReview.noAdmins')}
									</p>
									{claim.message ? (
										<blockquote className="mt-4 border-l-4 border-brand-200 bg-slate-50 px-4 py-3 whitespace-pre-line text-slate-800">
											{claim.message}
										</blockquote>
									) : null}
									<Form method="post" className="mt-5 space-y-3">
										<input type="hidden" name="claimId" value={claim.id} />
										<label htmlFor={`note-${claim.id}`} className="block text-sm font-semibold text-slate-800">
											{t('claimReview.note')}
										</label>
										<textarea
											id={`note-${claim.id}`}
											name="note"
											rows={2}
											maxLength={1000}
											className={`${inputClass} py-2`}
										/>
										<div className="flex flex-wrap gap-3">
											<button
												type="submit"
												name="decision"
												value="approve"
												className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white shadow-sm hover:bg-brand-800"
											>
												{t('claimReview.approve')}
											</button>
											<button
												type="submit"
												name="decision"
												value="reject"
												className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 font-semibold text-red-700 shadow-sm hover:bg-red-50"
											>
												{t('claimReview.reject')}
											</button>
										</div>
									</Form>
								</article>
							</li>
						))}
					</ol>
				)}
			</div>
		</>
	)
}

export const ErrorBoundary = GeneralErrorBoundary
