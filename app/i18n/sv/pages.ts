import type { Translation } from '../messages.ts'
import type { pages as english } from '../en/pages.ts'

export const pages: Translation<typeof english> = {
	'sitePages.footer.heading': 'Navet',
	'sitePages.link.about': 'Om navet',
	'sitePages.link.contact': 'Kontakt',
	'sitePages.link.privacy': 'Integritet och kakor',
	'sitePages.updated': 'Senast ändrad {date}',
}
