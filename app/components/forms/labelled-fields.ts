import type { SummaryField } from './schema-form.tsx'
import { errorsByField } from './conform.ts'
import type { PlainMessageKey } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'

/**
 * A form whose fields take their labels from one table of catalogue keys:
 * what each field component takes (its control, its label, its messages with
 * list items folded in), and the error summary's link and label for each
 * labelled field.
 */
export function useLabelledFields<Fields, Name extends keyof Fields & string>(
	form: { allErrors: Record<string, readonly string[] | null | undefined> },
	fields: Fields,
	labels: Readonly<Record<Name, PlainMessageKey>>,
	idPrefix: string,
) {
	const { t } = useT()
	const byField = errorsByField(form.allErrors)
	const messagesOf = (name: string) => byField.get(name) ?? []
	const labelOf = (name: Name) => t(labels[name] as PlainMessageKey)
	const field = (name: Name) => ({ meta: fields[name], label: labelOf(name), errors: messagesOf(name) })
	const summaryField: SummaryField = (name) =>
		Object.hasOwn(labels, name) ? { id: `${idPrefix}-${name}`, label: labelOf(name as Name) } : null
	return { field, summaryField, messagesOf }
}
