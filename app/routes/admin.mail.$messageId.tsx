import type { LoaderFunctionArgs } from '@remix-run/node'
import { type MetaFunction, useLoaderData } from '@remix-run/react'
import { Fragment } from 'react'
import { Notice } from '~/components/forms/index.ts'
import { tokenPageHeaders } from '~/components/token-page-headers.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { requirePermission } from '~/http/viewer.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { readMail } from '~/mail/mailbox.server.ts'
import { requireFound, requireParam } from '~/http/params.server.ts'
import { needTexts } from '~/i18n/messages.ts'

// The admin's mailbox shows texts of the signed-in areas.
await needTexts('members')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const actor = await requirePermission(request, 'mailbox.read')
	return { mail: requireFound(await readMail(actor, requireParam(params, 'messageId', 'id'))) }
}

// Mails hold one-time links; opening one from here must not leak it onwards.
export const headers = tokenPageHeaders

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	documentMeta(matches, (i18n) => ({ title: data?.mail.subject || i18n.t('mailbox.title') }))

const urlPattern = /(https?:\/\/[^\s<>"]+)/g

/** Plain text with its http(s) addresses as links; nothing else is interpreted. */
function LinkifiedText({ text }: { text: string }) {
	return (
		<>
			{text.split(urlPattern).map((part, index) =>
				index % 2 === 1 ? (
					<a key={index} href={part} className="link break-all">
						{part}
					</a>
				) : (
					<Fragment key={index}>{part}</Fragment>
				),
			)}
		</>
	)
}

export default function MailMessagePage() {
	const { mail } = useLoaderData<typeof loader>()
	const { t, formatDate } = useT()
	return (
		<>
			<PageHeader
				trail={[{ label: t('mailbox.title'), to: '/admin/mail' }]}
				title={mail.subject || t('mailbox.noSubject')}
				crumb={t('mailbox.message')}
			/>
			<div className="container-page py-8 sm:py-10">
				{mail.status !== 'delivered' ? (
					<Notice tone={mail.status === 'failing' ? 'error' : 'info'} className="mb-6">
						<p>
							{mail.status === 'failing'
								? `${t('mailbox.failing', { attempts: mail.attempts ?? 0 })} ${mail.lastError ?? ''}`
								: t('mailbox.queuedNotice')}
						</p>
					</Notice>
				) : null}
				<article className="card max-w-3xl">
					<dl className="grid gap-x-4 gap-y-1 border-b border-slate-200 px-5 py-4 text-sm sm:grid-cols-[auto_1fr]">
						<dt className="font-semibold text-slate-700">{t('mailbox.to')}</dt>
						<dd className="break-all text-slate-900">{mail.to}</dd>
						<dt className="font-semibold text-slate-700">{t('mailbox.subject')}</dt>
						<dd className="text-slate-900">{mail.subject}</dd>
						<dt className="font-semibold text-slate-700">{t('mailbox.when')}</dt>
						<dd className="text-slate-900">
							<time dateTime={mail.createdAt}>{formatDate(mail.createdAt, 'second')}</time>
						</dd>
					</dl>
					<div className="px-5 py-5 font-mono text-sm leading-relaxed whitespace-pre-wrap text-slate-800">
						<LinkifiedText text={mail.text} />
					</div>
				</article>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
