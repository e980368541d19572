import type { ShownText } from '~/domain/listings/listing-text.ts'
import { useT } from '~/i18n/use-t.ts'

/** Says, in the visitor's language, that the text beside it is only in the other one. */
export function OnlyInNote({
	shown,
	className = '',
}: {
	shown: Pick<ShownText, 'lang' | 'otherLanguage'> | null
	className?: string
}) {
	const { t, languageName } = useT()
	if (!shown?.otherLanguage) return null
	return (
		<p className={`text-xs text-slate-500 ${className}`}>
			{t('detail.onlyIn', { language: languageName(shown.lang) })}
		</p>
	)
}
