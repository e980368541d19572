import type { ChangeGroup, ChangeValue } from '~/domain/audit/audit-changes.ts'
import { useT } from '~/i18n/use-t.ts'

function Value({ value }: { value: ChangeValue }) {
	const { t } = useT()
	if (value.kind === 'none') return <span className="text-slate-500 italic">{t('review.empty')}</span>
	if (value.kind === 'list') return <>{value.items.join(', ')}</>
	if (!value.short) return <span>{value.text}</span>
	return (
		<details className="inline">
			<summary className="cursor-pointer">{value.short}</summary>
			<p className="mt-1 whitespace-pre-line">{value.text}</p>
		</details>
	)
}

function Items({ label, items, tone }: { label: string; items: string[]; tone: 'added' | 'removed' }) {
	if (!items.length) return null
	const style = tone === 'added' ? 'text-emerald-900' : 'text-red-900 line-through'
	return (
		<p>
			<span className="font-medium">{label}: </span>
			<span className={style}>{items.join(', ')}</span>
		</p>
	)
}

/** What an entry changed, folded away under "Changes": label, before → after, lists as added and removed. */
export function AuditChanges({ groups }: { groups: readonly ChangeGroup[] }) {
	const { t } = useT()
	if (!groups.length) return null
	return (
		<details className="mt-2">
			<summary className="cursor-pointer text-sm font-medium text-brand-800">{t('audit.column.changes')}</summary>
			{groups.map((group, index) => (
				<div key={group.heading ?? index} className="mt-2">
					{group.heading ? <p className="text-sm font-semibold text-slate-800">{group.heading}</p> : null}
					<dl className="space-y-1.5 text-sm">
						{group.rows.map((row) => (
							<div key={row.label} className="grid gap-x-3 sm:grid-cols-[12rem_1fr]">
								<dt className="font-semibold text-slate-700">{row.label}</dt>
								<dd className="min-w-0 text-slate-800">
									{row.kind === 'set' ? (
										<Value value={row.value} />
									) : row.added.length || row.removed.length ? (
										<>
											<Items label={t('review.added')} items={row.added} tone="added" />
											<Items label={t('review.removed')} items={row.removed} tone="removed" />
										</>
									) : (
										<>
											<Value value={row.from} /> <span aria-hidden="true">→</span>
											<span className="sr-only">{t('audit.becomes')}</span> <Value value={row.to} />
										</>
									)}
								</dd>
							</div>
						))}
					</dl>
				</div>
			))}
		</details>
	)
}
