import { listPath } from '~/domain/directory/types.ts'
import type { PlainMessageKey } from '~/i18n/messages.ts'

/** The directory's pages, in the header's navigation (on a phone, in its menu). */
export const directoryItems: ReadonlyArray<{ to: string; label: PlainMessageKey }> = [
	{ to: listPath('organization'), label: 'nav.organizations' },
	{ to: listPath('lab'), label: 'nav.labs' },
	{ to: listPath('facility'), label: 'nav.facilities' },
	{ to: listPath('expert'), label: 'nav.experts' },
	{ to: '/search', label: 'nav.search' },
]
