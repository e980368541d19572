import { facetVocabularies, type SearchFacet } from '~/domain/search/search-address.ts'
import { useT } from '~/i18n/use-t.ts'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

export type FacetLabels = ReturnType<typeof useFacetLabels>

/** Names of facets and their values in the reader's language; cities are shown as written. */
export function useFacetLabels() {
	const { t, term } = useT()
	return {
		facetLabel: (facet: SearchFacet) => t(`search.facet.${facet}`),
		valueLabel: (facet: SearchFacet, value: string) => {
			const vocabulary = facetVocabularies[facet]
			return vocabulary ? term(vocabulary, value) : value
		},
	}
}
