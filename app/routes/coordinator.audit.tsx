import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { Field, SelectField } from '~/components/forms/index.ts'
import { z } from 'zod'
import { FilterForm } from '~/components/curation/filter-form.tsx'
import { ColumnHeads } from '~/components/curation/column-heads.tsx'
import { EmptyState } from '~/components/empty-state.tsx'
import { fieldLabelKey } from '~/components/listing-form/listing-form.tsx'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { Pagination } from '~/components/pagination.tsx'
import { requirePermission } from '~/http/viewer.server.ts'
import { auditLog, type AuditLogEntry } from '~/domain/curation/audit-log.server.ts'
import type { PlainMessageKey, Translator } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { queryText } from '~/http/params.server.ts'

const pageSchema = z.coerce.number().int().min(1).max(100_000).optional().catch(undefined)

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'audit.read')
	const url = new URL(request.url)
	const clean = {
		entityType: queryText(url, 'entityType', { maxLength: 64 }),
		entityId: queryText(url, 'entityId', { maxLength: 100 }),
		actorId: queryText(url, 'actorId', { maxLength: 100 }),
	}
	return { filter: clean, ...(await auditLog({ ...clean, page: pageSchema.parse(url.searchParams.get('page')) })) }
}

export const meta: MetaFunction = ({ matches }) => documentMeta(matches, (i18n) => ({ title: i18n.t('audit.title') }))

const columns = ['audit.column.when', 'audit.column.who', 'audit.column.what', 'audit.column.record'] as const

/** Action and field names become labels when the dictionary has one; new ones show as recorded. */
function isLabelKey(i18n: Translator, key: string): key is PlainMessageKey {
	return i18n.has(key) && !i18n.t(key as PlainMessageKey).includes('{')
}

function filterHref(filter: Record<string, string | undefined>): string {
	const params = new URLSearchParams(
		Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])),
	)
	const query = params.toString()
	return query ? `/coordinator/audit?${query}` : '/coordinator/audit'
}

function shortValue(value: unknown): string {
	if (value === null || value === undefined || value === '') return '—'
	if (Array.isArray(value)) return value.map(String).join(', ') || '—'
	if (typeof value === 'object') return JSON.stringify(value)
	return String(value)
}

/** Field-level changes read as "Summary: old → new"; anything else as the stored JSON. */
function Changes({ changes }: { changes: AuditLogEntry['changes'] }) {
	const i18n = useT()
	const { t } = i18n
	if (!changes || typeof changes !== 'object' || Array.isArray(changes) || Object.keys(changes).length === 0)
		return null
	const { fields, ...rest } = changes as Record<string, unknown>
	const fieldChanges =
		fields && typeof fields === 'object' && !Array.isArray(fields)
			? Object.entries(fields as Record<string, { from?: unknown; to?: unknown }>)
			: []
	return (
		<details>
			<summary className="cursor-pointer text-sm font-medium text-brand-800">{t('audit.column.changes')}</summary>
			{fieldChanges.length ? (
				<dl className="mt-2 space-y-1 text-sm">
					{fieldChanges.map(([name, change]) => {
						const key = fieldLabelKey(name)
						return (
							<div key={name}>
								<dt className="inline font-semibold">{isLabelKey(i18n, key) ? t(key) : name}: </dt>
								<dd className="inline break-words">
									{shortValue(change?.from)} → {shortValue(change?.to)}
								</dd>
							</div>
						)
					})}
				</dl>
			) : null}
			{Object.keys(rest).length ? (
				<pre className="mt-2 max-w-full overflow-x-auto rounded-lg bg-slate-50 p-2 text-xs whitespace-pre-wrap text-slate-800">
					{JSON.stringify(rest, null, 2)}
				</pre>
			) : null}
		</details>
	)
}

export default function AuditLogPage() {
	const { filter, entries, total, page, pageCount, entityTypes } = useLoaderData<typeof loader>()
	const i18n = useT()
	const { t, tCount, formatDate } = i18n
	const filtered = Boolean(filter.entityType || filter.entityId || filter.actorId)
	return (
		<>
			<CoordinatorHeader title={t('audit.title')} intro={t('audit.intro')} />
			<div className="container-page space-y-6 py-8 sm:py-10">
				<FilterForm
					columns="sm:grid-cols-[1fr_1fr_1fr_auto]"
					submitLabel={t('audit.filter.submit')}
					clear={filtered ? { to: '/coordinator/audit', label: t('audit.filter.clear') } : null}
				>
					<SelectField
						label={t('audit.filter.entityType')}
						selectProps={{ id: 'audit-entity-type', name: 'entityType', defaultValue: filter.entityType ?? '' }}
						options={[
							{ value: '', label: t('audit.filter.any') },
							...entityTypes.map((type) => ({ value: type, label: type })),
						]}
					/>
					<Field
						label={t('audit.filter.entityId')}
						inputProps={{ id: 'audit-entity-id', name: 'entityId', defaultValue: filter.entityId ?? '' }}
						controlClassName="font-mono"
					/>
					<Field
						label={t('audit.filter.actorId')}
						inputProps={{ id: 'audit-actor-id', name: 'actorId', defaultValue: filter.actorId ?? '' }}
						controlClassName="font-mono"
					/>
				</FilterForm>
				<p className="text-sm font-medium text-slate-600">{tCount('audit.count', total)}</p>
				{entries.length === 0 ? (
					<EmptyState title={t('audit.empty')} />
				) : (
					<div className="card overflow-x-auto">
						<table className="w-full min-w-[44rem] border-collapse text-left text-sm">
							<ColumnHeads
								className="bg-slate-50 text-slate-700"
								cellClassName="px-4 py-2.5"
								columns={columns.map((column) => ({ label: t(column) }))}
							/>
							<tbody className="divide-y divide-slate-200">
								{entries.map((entry) => {
									const actionKey = `auditAction.${entry.action}`
									return (
										<tr key={entry.id} className="align-top">
											<td className="px-4 py-3 whitespace-nowrap text-slate-700">
												<time dateTime={entry.at}>{formatDate(entry.at, 'minute')}</time>
											</td>
											<td className="px-4 py-3">
												{entry.actor.kind === 'system' ? (
													<span className="text-slate-600">{t('audit.system')}</span>
												) : (
													<Link
														to={filterHref({ ...filter, actorId: entry.actor.id })}
														className="link"
														title={t('audit.onlyActor')}
													>
														{entry.actor.kind === 'user'
															? entry.actor.name
															: t('audit.erasedUser', { id: entry.actor.shortId })}
													</Link>
												)}
											</td>
											<td className="px-4 py-3">
												<p className="font-medium text-slate-900">
													{isLabelKey(i18n, actionKey) ? t(actionKey) : entry.action}
												</p>
												<Changes changes={entry.changes} />
											</td>
											<td className="px-4 py-3">
												{entry.entityType === 'listing' && entry.entityName ? (
													<Link to={`/coordinator/listings/${entry.entityId}`} className="link">
														{entry.entityName}
													</Link>
												) : (
													<span className="font-mono text-xs break-all text-slate-700">
														{entry.entityType}:{entry.entityId}
													</span>
												)}
												<p>
													<Link
														to={filterHref({ entityType: entry.entityType, entityId: entry.entityId })}
														className="text-xs text-slate-600 underline hover:text-brand-800"
													>
														{t('audit.onlyRecord')}
													</Link>
												</p>
											</td>
										</tr>
									)
								})}
							</tbody>
						</table>
					</div>
				)}
				<Pagination page={page} pageCount={pageCount} />
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
