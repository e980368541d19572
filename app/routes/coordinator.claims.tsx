import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { EmptyState } from '~/components/empty-state.tsx'
import { FormErrors, HiddenFields, ReplyNotice, SubmitButton, TextareaField } from '~/components/forms/index.ts'
import { conflict, handleForm, stay } from '~/components/forms/form-action.server.ts'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { decideClaim } from '~/domain/accounts/decide-claim.server.ts'
import { message } from '~/domain/messages.ts'
import { pendingClaims } from '~/domain/accounts/pending-claims.server.ts'
import { decideClaimSchema } from '~/domain/accounts/schemas.ts'
import { requirePermission } from '~/http/viewer.server.ts'
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
	return handleForm(await request.formData(), decideClaimSchema, async (value) => {
		const result = await decideClaim(actor, value, { baseUrl: publicBaseUrl() })
		if (result.kind === 'already-decided') return conflict(message('claimReview.alreadyDecided'))
		const done = result.kind === 'approved' ? 'claimReview.approved' : 'claimReview.rejected'
		return stay({ notice: { tone: 'success', message: message(done) } })
	})
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('claimReview.title') }))

export default function ClaimReviewPage() {
	const { claims } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t, formatDate } = useT()
	// A decision is two buttons and a note: whatever was wrong with it is said above the list.
	const refused = Object.values(actionData?.result.error ?? {})
		.flat()
		.filter((text): text is string => typeof text === 'string')
	return (
		<>
			<CoordinatorHeader title={t('claimReview.title')} intro={t('claimReview.intro')} />
			<div className="container-page py-8 sm:py-10">
				<ReplyNotice notice={actionData?.notice} className="mb-6" />
				<FormErrors messages={refused} className="mb-6" />
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
										<HiddenFields values={{ claimId: claim.id }} />
										<TextareaField
											label={t('claimReview.note')}
											rows={2}
											textareaProps={{ id: `note-${claim.id}`, name: 'note', maxLength: 1000 }}
										/>
										<div className="flex flex-wrap gap-3">
											<SubmitButton name="decision" value="approve">
												{t('claimReview.approve')}
											</SubmitButton>
											<SubmitButton name="decision" value="reject" tone="dangerQuiet">
												{t('claimReview.reject')}
											</SubmitButton>
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

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
