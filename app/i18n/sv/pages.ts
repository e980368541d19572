import type { Translation } from '../messages.ts'
import type { pages as english } from '../en/pages.ts'

export const pages: Translation<typeof english> = {
	'footer.hub': 'Navet',
	'footer.page.establish': 'Etablera dig i Flemingsberg',
	'footer.page.news': 'Nyheter',
	'footer.page.events': 'Evenemang',
	'footer.page.map': 'Campuskarta',
	'footer.page.about': 'Om navet',
	'footer.page.contact': 'Kontakt',
	'footer.page.privacy': 'Integritet och kakor',
	'pages.updated': 'Senast ändrad {date}',
}
