import { prisma } from '~/utils/db.server.ts'
import { locales, type Locale } from '~/i18n/locale.ts'
import { firstTextRecord, recordOf, type SitePageRecord } from './site-page-record.ts'
import { isSitePageKey, sitePageKeys, type SitePageKey } from './site-page-keys.ts'

export interface SitePageForCoordinators extends SitePageRecord {
	/** The languages the page is written in. */
	written: Locale[]
	/** Who saved it last: a name, null for the portal's first text, or `erased` for an account that is gone. */
	updatedBy: { kind: 'portal' } | { kind: 'user'; name: string } | { kind: 'erased' }
}

/**
 * The hub's pages as coordinators see them, with who saved each last: the
 * list at /coordinator/pages, or one page (`only`) for its edit form.
 */
export async function sitePagesForCoordinators(only?: SitePageKey): Promise<SitePageForCoordinators[]> {
	const keys = only ? [only] : [...sitePageKeys]
	const rows = await prisma().sitePage.findMany({ where: { key: { in: keys } } })
	const editorIds = [...new Set(rows.flatMap((row) => (row.updatedById ? [row.updatedById] : [])))]
	const editors = editorIds.length
		? await prisma().user.findMany({ where: { id: { in: editorIds } }, select: { id: true, name: true } })
		: []
	const names = new Map(editors.map((editor) => [editor.id, editor.name]))
	const stored = new Map(rows.filter((row) => isSitePageKey(row.key)).map((row) => [row.key, row]))
	return keys.map((key) => {
		const row = stored.get(key)
		const record = row ? recordOf(key, row) : firstTextRecord(key)
		const editor = record.updatedById
		const name = editor ? names.get(editor) : undefined
		return {
			...record,
			written: locales.filter((locale) => record.texts[locale]),
			updatedBy: !editor ? { kind: 'portal' } : name === undefined ? { kind: 'erased' } : { kind: 'user', name },
		}
	})
}
