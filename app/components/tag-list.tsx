import { useT } from '~/i18n/use-t.ts'
import type { Tag } from '~/domain/directory/types.ts'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

interface TagListProps {
	tags: readonly Tag[]
	/** Names the list for screen readers when no visible heading does. */
	label?: string
	/** Tags beyond this many are summarised as "+N". */
	limit?: number
	size?: 'sm' | 'md'
}

/** Taxonomy chips, labelled in the reader's language; free text is shown as written. */
export function TagList({ tags, label, limit, size = 'md' }: TagListProps) {
	const { term, formatNumber } = useT()
	if (tags.length === 0) return null
	const shown = limit === undefined ? tags : tags.slice(0, limit)
	const hidden = tags.length - shown.length
	const chip = size === 'sm' ? 'rounded-md px-2 py-0.5 text-xs' : 'rounded-lg px-2.5 py-1 text-sm'
	return (
		<ul className="flex flex-wrap gap-1.5" aria-label={label}>
			{shown.map((tag) => {
				const text = 'code' in tag ? term(tag.vocabulary, tag.code) : tag.text
				return (
					<li
						key={'code' in tag ? `${tag.vocabulary}:${tag.code}` : tag.text}
						className={`${chip} bg-brand-50 font-medium text-brand-800 ring-1 ring-brand-100 ring-inset`}
					>
						{text}
					</li>
				)
			})}
			{hidden > 0 ? <li className={`${chip} text-slate-600`}>+{formatNumber(hidden)}</li> : null}
		</ul>
	)
}

/** Codes of one vocabulary as tags. */
export function vocabularyTags(
	vocabulary: Extract<Tag, { vocabulary: unknown }>['vocabulary'],
	codes: readonly string[],
): Tag[] {
	return codes.map((code) => ({ vocabulary, code }))
}

export function textTags(texts: readonly string[]): Tag[] {
	return texts.map((text) => ({ text }))
}
