import { Link } from '@remix-run/react'
import type { AuditLogView } from '~/domain/audit/audit-log-view.server.ts'
import { useT } from '~/i18n/use-t.ts'
import { Notice } from '../forms/index.ts'

/** The log's address with some parameters changed or removed (undefined), always back on the first page. */
export function auditFilterHref(search: string, changes: Record<string, string | undefined>): string {
	const params = new URLSearchParams(search)
	params.delete('page')
	for (const [name, value] of Object.entries(changes)) {
		if (value === undefined) params.delete(name)
		else params.set(name, value)
	}
	const query = params.toString()
	return query ? `/coordinator/audit?${query}` : '/coordinator/audit'
}

/**
 * The record and person the log is narrowed to, named in words, each with a
 * link that removes it; an id stays in the address, never on the page.
 */
export function ActiveAuditFilters({ view, search }: { view: Pick<AuditLogView, 'record' | 'actor'>; search: string }) {
	const { t } = useT()
	const chips = [
		view.record
			? {
					key: 'record',
					label: t('audit.active.record', {
						name: view.record.name ?? t(view.record.kind ? `audit.gone.${view.record.kind}` : 'audit.gone.record'),
					}),
					to: auditFilterHref(search, { entityId: undefined, entityType: undefined }),
				}
			: null,
		view.actor
			? {
					key: 'actor',
					label: t('audit.active.actor', { name: view.actor.name ?? t('audit.gone.user') }),
					to: auditFilterHref(search, { actorId: undefined, person: undefined }),
				}
			: null,
	].filter((chip) => chip !== null)
	if (!chips.length) return null
	return (
		<ul aria-label={t('audit.active.heading')} className="flex flex-wrap gap-2">
			{chips.map((chip) => (
				<li
					key={chip.key}
					className="inline-flex max-w-full items-center gap-1 rounded-full border border-brand-200 bg-brand-50 py-1 pr-1 pl-3 text-sm text-brand-900"
				>
					<span className="min-w-0">{chip.label}</span>
					<Link
						to={chip.to}
						aria-label={t('audit.active.remove', { filter: chip.label })}
						title={t('audit.active.remove', { filter: chip.label })}
						className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-base leading-none hover:bg-brand-100 focus-visible:ring-3 focus-visible:ring-focus focus-visible:outline-none"
					>
						<span aria-hidden="true">×</span>
					</Link>
				</li>
			))}
		</ul>
	)
}

/** What the person field found when it is not one person: the people to choose from, or that nobody matches. */
export function PersonMatches({
	match,
	text,
	search,
}: {
	match: NonNullable<AuditLogView['personMatch']>
	text: string
	search: string
}) {
	const { t } = useT()
	if (match.kind === 'one') return null
	if (match.kind === 'none') {
		return (
			<Notice tone="warning" title={t('audit.person.noneTitle', { text })}>
				{t('audit.person.none')}
			</Notice>
		)
	}
	return (
		<Notice tone="info" title={t('audit.person.severalTitle', { text })}>
			<p>{t('audit.person.several')}</p>
			<ul className="mt-2 space-y-1">
				{match.people.map((person) => (
					<li key={person.id}>
						<Link to={auditFilterHref(search, { person: undefined, actorId: person.id })} className="link font-medium">
							{person.name}
						</Link>{' '}
						<span className="break-all text-slate-600">({person.email})</span>
					</li>
				))}
			</ul>
			{match.more ? <p className="mt-2">{t('audit.person.more')}</p> : null}
		</Notice>
	)
}
