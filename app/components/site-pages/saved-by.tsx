import type { SitePageForCoordinators } from '~/domain/site-pages/site-pages-for-coordinators.server.ts'
import { useT } from '~/i18n/use-t.ts'

/** "4 December 2026, by Ada Lovelace", or that the text is still the portal's first one. */
export function SavedBy({
	updatedAt,
	updatedBy,
}: {
	updatedAt: string | null
	updatedBy: SitePageForCoordinators['updatedBy']
}) {
	const { t, formatDate } = useT()
	if (!updatedAt) return <>{t('sitePages.by.portal')}</>
	const name =
		updatedBy.kind === 'user'
			? updatedBy.name
			: t(updatedBy.kind === 'erased' ? 'sitePages.by.erased' : 'sitePages.by.portal')
	return <>{t('sitePages.savedBy', { date: formatDate(updatedAt, 'minute'), name })}</>
}
