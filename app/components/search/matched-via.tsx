import type { MatchExplanation } from '~/domain/search/explain-matches.ts'
import { useT } from '~/i18n/use-t.ts'

/** Why a result matched when its words alone do not show it: another word for a concept, or its structured details. */
export function MatchedVia({ explanations }: { explanations: readonly MatchExplanation[] }) {
	const { t } = useT()
	if (!explanations.length) return null
	return (
		<p className="text-sm text-slate-600">
			<span className="font-medium text-slate-700">{t('search.matchedVia.label')}:</span>{' '}
			{explanations
				.map((explanation) =>
					explanation.kind === 'words'
						? t('search.matchedVia.words', { typed: explanation.typed, found: explanation.found })
						: t(`search.matchedVia.details.${explanation.details}`, { concept: explanation.concept }),
				)
				.join(' · ')}
		</p>
	)
}
