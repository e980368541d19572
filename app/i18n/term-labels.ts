import type { Locale } from './locale.ts'
import type { VocabularyName } from '~/taxonomy/taxonomy.ts'

// How the translator reads a taxonomy code's label (Translator.term). The
// labels live with the taxonomy (taxonomy.ts), which hands them over when it
// loads: the shell every page loads stays without them (decision 027), and a
// page that shows labels has the taxonomy among its modules anyway
// (tests/i18n/texts-each-page-loads.test.ts checks that it does). Every
// server process loads the taxonomy with its texts (messages.ts).

type TermLabel = (vocabulary: VocabularyName, code: string, locale: Locale) => string

let labelOf: TermLabel | undefined

/** Called once, by taxonomy.ts as it loads. */
export function provideTermLabels(label: TermLabel): void {
	labelOf = label
}

/** The label in the reader's language; a code is shown as itself while (or if) the taxonomy is not here. */
export function termLabelFor(vocabulary: VocabularyName, code: string, locale: Locale): string {
	return labelOf ? labelOf(vocabulary, code, locale) : code
}
