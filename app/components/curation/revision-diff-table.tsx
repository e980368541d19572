import type { FieldDiff, FieldValue } from '~/domain/listings/revision-diff.ts'
import type { ListingField } from '~/domain/listings/listing-fields.ts'
import type { Locale } from '~/i18n/locale.ts'
import { useT } from '~/i18n/use-t.ts'
import { fieldLabel } from '../listing-form/listing-form.tsx'
import { ColumnHeads } from './column-heads.tsx'
import { ListingImage } from '../listing-image.tsx'
import { shownImage } from '~/domain/images/image-key.ts'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

interface DiffTableProps {
	diff: readonly FieldDiff[]
	/** A new listing has no published side to compare with. */
	isNew: boolean
	organizationNames: Readonly<Record<string, string>>
	/** The language of the proposal's texts in the other language, named in their labels. */
	translationLocale: Locale
}

type Mark = 'added' | 'removed' | null

function Empty() {
	const { t } = useT()
	return <span className="text-slate-500 italic">{t('review.empty')}</span>
}

/** One side of a comparison, in the reader's language: taxonomy labels, yes/no, dates, names. */
function DiffValue({
	field,
	value,
	marked,
	mark,
	organizationNames,
	lang,
}: {
	field: ListingField
	value: FieldValue
	/** The language of a text, when it is not the page's. */
	lang?: Locale
	/** Entries to highlight (added on the proposed side, removed on the published side). */
	marked: readonly string[]
	mark: Mark
	organizationNames: Readonly<Record<string, string>>
}) {
	const { t, term, formatDate, formatNumber } = useT()
	if (value === null) return <Empty />
	if (Array.isArray(value)) {
		return (
			<ul className="flex flex-wrap gap-1.5">
				{value.map((entry) => {
					const label = field.vocabulary ? term(field.vocabulary, entry) : entry
					const highlighted = mark !== null && marked.includes(entry)
					const tone = !highlighted
						? 'bg-slate-100 text-slate-800 ring-slate-200'
						: mark === 'added'
							? 'bg-emerald-50 text-emerald-900 ring-emerald-300'
							: 'bg-red-50 text-red-900 ring-red-300 line-through'
					return (
						<li key={entry} className={`rounded-md px-2 py-0.5 text-sm ring-1 ring-inset ${tone}`}>
							{highlighted ? (
								<span className="sr-only">{t(mark === 'added' ? 'review.added' : 'review.removed')}: </span>
							) : null}
							{label}
						</li>
					)
				})}
			</ul>
		)
	}
	switch (field.kind) {
		case 'yesNo':
			return <>{t(value === true ? 'form.yesNo.yes' : 'form.yesNo.no')}</>
		case 'code':
			return <>{field.vocabulary ? term(field.vocabulary, String(value)) : String(value)}</>
		case 'date':
			return <>{formatDate(String(value))}</>
		case 'integer':
			return <>{typeof value === 'number' ? formatNumber(value) : String(value)}</>
		case 'organization': {
			const name = organizationNames[String(value)]
			return (
				<>
					{name ?? String(value)}
					{name ? <span className="ml-1 text-sm text-slate-600">({String(value)})</span> : null}
				</>
			)
		}
		case 'paragraphs':
			return (
				<p lang={lang} className="whitespace-pre-line">
					{String(value)}
				</p>
			)
		case 'image': {
			// The reviewer judges the picture itself; its words are the next row.
			const shown = shownImage(String(value), '', 'small')
			return shown ? <ListingImage image={shown} variant="review" /> : <span>{String(value)}</span>
		}
		default:
			return <span lang={lang}>{String(value)}</span>
	}
}

/**
 * Old → new for every changed field, with taxonomy labels; unchanged fields
 * folded away below. Each field is a row group headed by its name, so the
 * table reads the same on a phone (two columns) as on a desk.
 */
export function RevisionDiffTable({ diff, isNew, organizationNames, translationLocale }: DiffTableProps) {
	const i18n = useT()
	const { t, tCount } = i18n
	const label = (field: ListingField) => fieldLabel(i18n, field, translationLocale)
	const lang = (field: ListingField) => (field.translates ? translationLocale : undefined)
	const changed = diff.filter((entry) => entry.changed)
	const unchanged = diff.filter((entry) => !entry.changed && entry.after !== null)
	return (
		<div className="space-y-4">
			{changed.length === 0 ? (
				<p className="text-slate-700">{t('review.noChanges')}</p>
			) : (
				<div className="card overflow-hidden">
					<table className="w-full table-fixed border-collapse text-left">
						<ColumnHeads
							className="bg-slate-50 text-sm text-slate-700"
							cellClassName="px-2 py-2.5 sm:px-4"
							columns={[
								...(isNew ? [] : [{ label: t('review.column.published'), className: 'w-1/2' }]),
								{ label: t('review.column.proposed') },
							]}
						/>
						{changed.map((entry) => (
							<tbody key={entry.field.name} className="border-t border-slate-200">
								<tr>
									<th
										scope="rowgroup"
										colSpan={isNew ? 1 : 2}
										className="px-2 pt-3 pb-1 text-sm font-semibold text-slate-900 sm:px-4"
									>
										{label(entry.field)}
									</th>
								</tr>
								<tr className="align-top">
									{isNew ? null : (
										<td className="px-2 pb-3 text-slate-700 sm:px-4">
											<div className="rounded-lg bg-red-50/60 px-2 py-2 sm:px-3">
												<DiffValue
													field={entry.field}
													value={entry.before}
													marked={entry.removed}
													mark="removed"
													organizationNames={organizationNames}
													lang={lang(entry.field)}
												/>
											</div>
										</td>
									)}
									<td className="px-2 pb-3 text-slate-900 sm:px-4">
										<div className={`rounded-lg px-2 py-2 sm:px-3 ${isNew ? 'bg-slate-50' : 'bg-emerald-50/60'}`}>
											<DiffValue
												field={entry.field}
												value={entry.after}
												marked={entry.added}
												mark={isNew ? null : 'added'}
												organizationNames={organizationNames}
												lang={lang(entry.field)}
											/>
										</div>
									</td>
								</tr>
							</tbody>
						))}
					</table>
				</div>
			)}
			{unchanged.length ? (
				<details className="card p-4">
					<summary className="cursor-pointer font-medium text-slate-800">
						{tCount('review.unchanged', unchanged.length)}
					</summary>
					<dl className="mt-3 divide-y divide-slate-100">
						{unchanged.map((entry) => (
							<div key={entry.field.name} className="grid gap-1 py-2.5 sm:grid-cols-[12rem_1fr] sm:gap-4">
								<dt className="text-sm font-semibold text-slate-700">{label(entry.field)}</dt>
								<dd className="text-slate-800">
									<DiffValue
										field={entry.field}
										value={entry.after}
										marked={[]}
										mark={null}
										organizationNames={organizationNames}
										lang={lang(entry.field)}
									/>
								</dd>
							</div>
						))}
					</dl>
				</details>
			) : null}
		</div>
	)
}
