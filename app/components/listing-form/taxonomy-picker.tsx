import { taxonomy, type VocabularyName } from '~/taxonomy/taxonomy.ts'
import { useT } from '~/i18n/use-t.ts'
import { ChoiceFieldset } from '../forms/index.ts'

/**
 * Codes of one vocabulary as a group of checkboxes, labelled in the reader's
 * language: every choice is visible at once (these lists are short).
 */
export function TaxonomyPicker({
	vocabulary,
	...group
}: {
	id: string
	name: string
	legend: string
	hint?: string
	vocabulary: VocabularyName
	selected: readonly string[]
	errors: readonly string[]
	errorId: string
}) {
	const { locale } = useT()
	return (
		<ChoiceFieldset
			{...group}
			type="checkbox"
			layout="columns"
			legendClassName="font-semibold text-slate-900"
			choices={taxonomy[vocabulary].map((term) => ({ value: term.code, label: term[locale] }))}
		/>
	)
}
