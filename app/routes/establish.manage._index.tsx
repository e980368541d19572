import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { Badge } from '~/components/badge.tsx'
import { EmptyState } from '~/components/empty-state.tsx'
import { OfferStatusBadge } from '~/components/establishment/offer-status-badge.tsx'
import { handleForm, stay } from '~/components/forms/form-action.server.ts'
import { buttonClass, FormErrors, inputClass, Notice, useDone } from '~/components/forms/index.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { changeOfferStatus } from '~/domain/establishment/change-offer-status.server.ts'
import { offerStatuses, type OfferStatus } from '~/domain/establishment/offer-kinds.ts'
import { offerStatusChangeSchema } from '~/domain/establishment/offer-schema.ts'
import { chooseOfferText } from '~/domain/establishment/offer-text.ts'
import { offersToCurate } from '~/domain/establishment/offer-views.server.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { offerPath } from '~/domain/establishment/offer-path.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requirePermission(request, 'establishment.curateOffers')
	return { offers: await offersToCurate(actor) }
}

export async function action({ request }: ActionFunctionArgs) {
	const actor = await requirePermission(request, 'establishment.curateOffers')
	return handleForm(
		await request.formData(),
		offerStatusChangeSchema,
		async ({ offerId, status }) => {
			await changeOfferStatus(actor, offerId, { status })
			return stay({ notice: { tone: 'success', message: 'offers.statusChanged' }, extra: { offerId, status } })
		},
		{ echo: { intent: 'status' } },
	)
}

export const meta: MetaFunction = ({ matches }) => documentMeta(matches, (i18n) => ({ title: i18n.t('offers.title') }))

export default function ManageOffersPage() {
	const { offers } = useLoaderData<typeof loader>()
	const reply = useActionData<typeof action>()
	const { t, locale } = useT()
	const done = useDone({ created: t('offers.created'), saved: t('offers.saved') })
	const changed = reply && 'status' in reply ? (reply.status as OfferStatus | undefined) : undefined
	return (
		<>
			<PageHeader trail={[{ label: t('establish.title'), to: '/establish' }]} title={t('offers.title')}>
				<p className="mt-3 max-w-2xl text-lg text-slate-700">{t('offers.intro')}</p>
			</PageHeader>
			<div className="container-page space-y-6 py-8 sm:py-10">
				{done ? <Notice tone="success">{done}</Notice> : null}
				{changed ? (
					<Notice tone="success">{t('offers.statusChanged', { status: t(`establish.status.${changed}`) })}</Notice>
				) : null}
				{reply && !reply.notice && reply.result.error ? (
					<FormErrors id="offer-status-errors" messages={Object.values(reply.result.error).flat() as string[]} />
				) : null}
				<p>
					<Link to="/establish/manage/new" className={buttonClass('primary')}>
						{t('offers.new')}
					</Link>
				</p>
				{offers.length === 0 ? (
					<EmptyState title={t('offers.none')} />
				) : (
					<ul className="card divide-y divide-slate-200">
						{offers.map((offer) => {
							const title = chooseOfferText(offer, 'title', locale)
							return (
								<li key={offer.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
									<div className="min-w-0">
										<p className="eyebrow">{t(`establish.kind.${offer.kind}`)}</p>
										<p className="font-semibold text-slate-900" lang={title?.lang}>
											<Link to={`/establish/manage/${offer.id}`} className="hover:text-brand-700">
												{title?.text ?? offer.slug}
											</Link>
										</p>
										<div className="mt-1 flex flex-wrap gap-2">
											<OfferStatusBadge status={offer.status} />
											{offer.published ? (
												<Badge tone="brand">{t('offers.publishedYes')}</Badge>
											) : (
												<Badge tone="amber">{t('offers.draft')}</Badge>
											)}
										</div>
										{offer.published ? (
											<p className="mt-1 text-sm">
												<Link to={offerPath(offer.slug)} className="link">
													{t('offers.view')}
												</Link>
											</p>
										) : null}
									</div>
									<Form method="post" className="flex flex-wrap items-end gap-2">
										<input type="hidden" name="offerId" value={offer.id} />
										<label className="text-sm text-slate-700">
											<span className="sr-only">{t('offers.statusFor', { title: title?.text ?? offer.slug })}</span>
											<select name="status" defaultValue={offer.status} className={inputClass}>
												{offerStatuses.map((status) => (
													<option key={status} value={status}>
														{t(`establish.status.${status}`)}
													</option>
												))}
											</select>
										</label>
										<button type="submit" className={buttonClass('secondary')}>
											{t('offers.setStatus')}
										</button>
									</Form>
								</li>
							)
						})}
					</ul>
				)}
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
