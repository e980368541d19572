import type { LoaderFunctionArgs } from '@remix-run/node'
import { type MetaFunction, useLoaderData, useLocation } from '@remix-run/react'
import { Field, SelectField } from '~/components/forms/index.ts'
import { z } from 'zod'
import { AuditEntryCard } from '~/components/audit/audit-entry.tsx'
import { ActiveAuditFilters, PersonMatches } from '~/components/audit/audit-filters.tsx'
import { FilterForm } from '~/components/curation/filter-form.tsx'
import { EmptyState } from '~/components/empty-state.tsx'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { Pagination } from '~/components/pagination.tsx'
import { requirePermission } from '~/http/viewer.server.ts'
import { auditActionList, auditEntityTypes, type AuditAction, type AuditEntityType } from '~/domain/audit/actions.ts'
import { auditLogView } from '~/domain/audit/audit-log-view.server.ts'
import { needTexts, type MessageKey } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { queryText } from '~/http/params.server.ts'

// An offer's change of status is told in the offers' own words (available, reserved, taken).
await needTexts('establish')

const pageSchema = z.coerce.number().int().min(1).max(100_000).optional().catch(undefined)

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'audit.read')
	const url = new URL(request.url)
	const clean = {
		action: queryText(url, 'action', { maxLength: 64 }),
		entityType: queryText(url, 'entityType', { maxLength: 64 }),
		entityId: queryText(url, 'entityId', { maxLength: 100 }),
		actorId: queryText(url, 'actorId', { maxLength: 100 }),
		person: queryText(url, 'person', { maxLength: 200 }),
	}
	return { filter: clean, ...(await auditLogView({ ...clean, page: pageSchema.parse(url.searchParams.get('page')) })) }
}

export const meta: MetaFunction = ({ matches }) => documentMeta(matches, (i18n) => ({ title: i18n.t('audit.title') }))

// Every action and record type has a filter label: a missing one fails to compile here.
const actionLabel = (action: AuditAction): `auditAction.${AuditAction}` & MessageKey => `auditAction.${action}`
const entityTypeLabel = (type: AuditEntityType): `audit.entityType.${AuditEntityType}` & MessageKey =>
	`audit.entityType.${type}`

export default function AuditLogPage() {
	const { filter, record, actor, personMatch, log } = useLoaderData<typeof loader>()
	const { search } = useLocation()
	const { t, tCount, intlLocale } = useT()
	const filtered = Boolean(filter.action || filter.entityType || filter.entityId || filter.actorId || filter.person)
	const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, intlLocale)
	const selects = [
		{
			name: 'action',
			label: t('audit.filter.action'),
			options: auditActionList.map((action) => ({ value: action, label: t(actionLabel(action)) })),
		},
		{
			name: 'entityType',
			label: t('audit.filter.entityType'),
			options: auditEntityTypes.map((type) => ({ value: type, label: t(entityTypeLabel(type)) })),
		},
	] as const
	return (
		<>
			<CoordinatorHeader title={t('audit.title')} intro={t('audit.intro')} />
			<div className="container-page space-y-6 py-8 sm:py-10">
				<FilterForm
					columns="sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_auto]"
					submitLabel={t('audit.filter.submit')}
					clear={filtered ? { to: '/coordinator/audit', label: t('audit.filter.clear') } : null}
				>
					{selects.map((select) => (
						<SelectField
							key={select.name}
							label={select.label}
							selectProps={{ id: `audit-${select.name}`, name: select.name, defaultValue: filter[select.name] ?? '' }}
							options={[{ value: '', label: t('audit.filter.any') }, ...select.options.sort(byLabel)]}
						/>
					))}
					<Field
						label={t('audit.filter.person')}
						hint={t('audit.filter.personHint')}
						inputProps={{ id: 'audit-person', name: 'person', defaultValue: filter.person ?? '', autoComplete: 'off' }}
					/>
					{/* The record and person chosen by a link stay chosen while other filters change. */}
					{filter.entityId ? <input type="hidden" name="entityId" value={filter.entityId} /> : null}
					{filter.actorId && !filter.person ? <input type="hidden" name="actorId" value={filter.actorId} /> : null}
				</FilterForm>
				<ActiveAuditFilters view={{ record, actor }} search={search} />
				{personMatch ? <PersonMatches match={personMatch} text={filter.person ?? ''} search={search} /> : null}
				{log ? (
					<>
						<p className="text-sm font-medium text-slate-600">{tCount('audit.count', log.total)}</p>
						{log.entries.length === 0 ? (
							<EmptyState title={t('audit.empty')} />
						) : (
							<ol className="space-y-3">
								{log.entries.map((entry) => (
									<AuditEntryCard key={entry.id} entry={entry} />
								))}
							</ol>
						)}
						<Pagination page={log.page} pageCount={log.pageCount} />
					</>
				) : null}
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
