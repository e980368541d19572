import type { LoaderFunctionArgs } from '@remix-run/node'
import { type MetaFunction, useLoaderData } from '@remix-run/react'
import { EmptyState } from '~/components/empty-state.tsx'
import { MailSummaryTable } from '~/components/mail-summary-table.tsx'
import { PageHeader } from '~/components/page-header.tsx'
import { Pagination } from '~/components/pagination.tsx'
import { Section } from '~/components/section.tsx'
import { requirePermission } from '~/http/viewer.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { listMailbox } from '~/mail/mailbox.server.ts'
import { needTexts } from '~/i18n/messages.ts'

// The admin's mailbox shows texts of the signed-in areas.
await needTexts('members')

export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requirePermission(request, 'mailbox.read')
	const pageParam = new URL(request.url).searchParams.get('page')
	const page = pageParam && /^[1-9]\d{0,5}$/.test(pageParam) ? Number(pageParam) : 1
	return listMailbox(actor, { page })
}

export const meta: MetaFunction = ({ matches }) => documentMeta(matches, (i18n) => ({ title: i18n.t('mailbox.title') }))

export default function MailboxPage() {
	const { queued, delivered, page, pageCount } = useLoaderData<typeof loader>()
	const { t } = useT()
	return (
		<>
			<PageHeader trail={[]} title={t('mailbox.title')}>
				<p className="mt-3 max-w-3xl text-slate-700">{t('mailbox.intro')}</p>
			</PageHeader>
			<div className="container-page space-y-10 py-8 sm:py-10">
				{queued.length ? (
					<Section
						id="queued-heading"
						heading={
							<>
								{t('mailbox.queuedTitle')} <span className="font-normal text-slate-600">({queued.length})</span>
							</>
						}
					>
						<p className="mt-1 mb-4 text-sm text-slate-600">{t('mailbox.queuedIntro')}</p>
						<MailSummaryTable mails={queued} caption={t('mailbox.queuedTitle')} />
					</Section>
				) : null}
				<section aria-labelledby="delivered-heading">
					<h2 id="delivered-heading" className="mb-4 text-xl font-semibold text-slate-900">
						{t('mailbox.deliveredTitle')}
					</h2>
					{delivered.length ? (
						<MailSummaryTable mails={delivered} caption={t('mailbox.deliveredTitle')} />
					) : (
						<EmptyState title={t('mailbox.empty')}>{t('mailbox.emptyBody')}</EmptyState>
					)}
					<Pagination page={page} pageCount={pageCount} />
				</section>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
