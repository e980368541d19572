import type { RequestNeeds } from '~/domain/requests/request-views.server.ts'
import type { VocabularyName } from '~/taxonomy/taxonomy.ts'
import { useT } from '~/i18n/use-t.ts'

/**
 * The structured needs of a request as a definition list; needs the member
 * left out are not shown. `stacked` puts each label above its value, for
 * narrow places such as a side column.
 */
export function RequestNeedsList({ needs, stacked = false }: { needs: RequestNeeds; stacked?: boolean }) {
	const { t, term, formatDate } = useT()
	const codes = (vocabulary: VocabularyName, values: readonly string[]) =>
		values.map((code) => term(vocabulary, code)).join(', ')
	const rows: Array<[string, string]> = []
	if (needs.services.length) rows.push([t('requestForm.services'), codes('services', needs.services)])
	if (needs.modalities.length) rows.push([t('requestForm.modalities'), codes('modalities', needs.modalities)])
	if (needs.phase) rows.push([t('requestForm.phase'), term('phases', needs.phase)])
	if (needs.neededBy) rows.push([t('requestForm.neededBy'), formatDate(needs.neededBy)])
	if (needs.requiredGrades.length) rows.push([t('requestForm.grades'), codes('cleanroomGrades', needs.requiredGrades)])
	if (needs.requiredLicences.length) rows.push([t('requestForm.licences'), codes('licences', needs.requiredLicences)])
	if (needs.preferredListingType)
		rows.push([t('requestForm.preferredType'), term('listingTypes', needs.preferredListingType)])
	if (!rows.length) return null
	return (
		<dl className={stacked ? 'space-y-3' : 'grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]'}>
			{rows.map(([label, value]) => (
				<div key={label} className={stacked ? undefined : 'contents'}>
					<dt className="font-semibold text-slate-800">{label}</dt>
					<dd className="text-slate-700">{value}</dd>
				</div>
			))}
		</dl>
	)
}
