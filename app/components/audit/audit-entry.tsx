import { Link } from '@remix-run/react'
import { auditChanges } from '~/domain/audit/audit-changes.ts'
import type { AuditLogEntry } from '~/domain/audit/audit-log.server.ts'
import { auditLogHref, auditSentence } from '~/domain/audit/audit-sentence.ts'
import { useT } from '~/i18n/use-t.ts'
import { AuditChanges } from './audit-changes.tsx'

/**
 * One entry of the audit log as a card: what happened as a sentence whose
 * people and records are links, when, and what it changed. A card, not a
 * table row, so a phone shows all of it without scrolling sideways.
 */
export function AuditEntryCard({ entry }: { entry: AuditLogEntry }) {
	const i18n = useT()
	const { t, formatDate } = i18n
	const sentence = auditSentence(i18n, entry)
	return (
		<li className="card p-4 sm:p-5">
			<p className="text-slate-900">
				{sentence.map((part, index) =>
					part.kind === 'ref' && part.href ? (
						<Link key={index} to={part.href} className="link font-medium" title={part.full}>
							{part.text}
						</Link>
					) : part.kind === 'ref' ? (
						<span key={index} className="font-medium" title={part.full}>
							{part.text}
						</span>
					) : (
						<span key={index}>{part.text}</span>
					),
				)}
			</p>
			<p className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-600">
				<time dateTime={entry.at}>{formatDate(entry.at, 'minute')}</time>
				<Link
					to={auditLogHref({ entityType: entry.entityType, entityId: entry.entityId })}
					className="underline hover:text-brand-800"
				>
					{t('audit.onlyRecord')}
				</Link>
			</p>
			<AuditChanges groups={auditChanges(i18n, entry.action, entry.changes)} />
		</li>
	)
}
