import { Link } from '@remix-run/react'
import type { MailSummary } from '~/mail/mailbox.server.ts'
import { useT } from '~/i18n/use-t.ts'
import { ColumnHeads } from './curation/column-heads.tsx'

/** A list of mails for /admin/mail: recipient, subject (the link to read it), time and state. */
export function MailSummaryTable({ mails, caption }: { mails: MailSummary[]; caption: string }) {
	const { t, formatDate } = useT()
	return (
		<div className="card overflow-x-auto">
			<table className="w-full min-w-[36rem] text-left text-sm">
				<caption className="sr-only">{caption}</caption>
				<ColumnHeads
					columns={[
						{ label: t('mailbox.subject') },
						{ label: t('mailbox.to') },
						{ label: t('mailbox.when'), className: 'whitespace-nowrap' },
					]}
				/>
				<tbody className="divide-y divide-slate-100">
					{mails.map((mail) => (
						<tr key={mail.id} className="align-top">
							<td className="px-4 py-3">
								<Link to={`/admin/mail/${mail.id}`} className="link">
									{mail.subject || t('mailbox.noSubject')}
								</Link>
								{mail.status === 'failing' ? (
									<p className="mt-1 text-xs text-red-700">
										{t('mailbox.failing', { attempts: mail.attempts ?? 0 })} {mail.lastError}
									</p>
								) : null}
							</td>
							<td className="px-4 py-3 break-all text-slate-700">{mail.to}</td>
							<td className="px-4 py-3 whitespace-nowrap text-slate-600">
								<time dateTime={mail.createdAt}>{formatDate(mail.createdAt, 'minute')}</time>
							</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	)
}
