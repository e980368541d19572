import type { Translation } from '../messages.ts'
import type { pagesEditor as english } from '../en/pagesEditor.ts'

export const pagesEditor: Translation<typeof english> = {
	'coordinator.nav.pages': 'Sidor',
	'sitePages.list.title': 'Navets sidor',
	'sitePages.list.intro':
		'Om navet, kontakt och integritet: det som alla besökare kan läsa, på engelska och svenska. En ändring syns så snart du sparar den.',
	'sitePages.name.about': 'Om navet',
	'sitePages.name.contact': 'Kontakt',
	'sitePages.name.privacy': 'Integritetspolicy',
	'sitePages.column.page': 'Sida',
	'sitePages.column.title': 'Rubrik',
	'sitePages.column.languages': 'Skriven på',
	'sitePages.column.updated': 'Senast sparad',
	'sitePages.by.portal': 'portalens första text',
	'sitePages.by.erased': 'ett raderat konto',
	'sitePages.savedBy': '{date}, av {name}',
	'sitePages.editLink': 'Redigera {page}',
	'sitePages.viewLink': 'Visa sidan',
	'sitePages.viewLinkIn': 'Visa sidan på {language}',
	'sitePages.edit.title': 'Redigera: {page}',
	'sitePages.edit.intro':
		'Skriv sidan på båda språken. Ett språk där alla fält är tomma är inte översatt än: dess läsare ser det andra språket, med en upplysning om att sidan bara finns på det.',
	'sitePages.edit.language.en': 'På engelska',
	'sitePages.edit.language.sv': 'På svenska',
	'sitePages.edit.leadHint': 'En eller två meningar under rubriken. Sökmotorer och delade länkar visar dem också.',
	'sitePages.edit.bodyHint':
		'Markdown: ”## ” inleder en rubrik, ”- ” en punkt i en lista; **fetstil**, [ord](https://adress) för en länk. HTML visas som det skrivs, det körs inte.',
	'sitePages.edit.submit': 'Spara sidan',
	'sitePages.edit.pending': 'Sparar…',
	'sitePages.edit.saved': 'Sparat. Besökarna läser den nya texten nu.',
	'sitePages.edit.unchanged': 'Ingenting hade ändrats, så ingenting sparades.',
	'sitePages.edit.stale': 'Formuläret är inaktuellt: öppna sidan igen.',
	'sitePages.edit.lastSaved': 'Senast sparad {date} av {name}.',
	'sitePages.edit.firstText': 'Det här är portalens första text; ingen koordinator har sparat sidan än.',
	'label.sitePageTitle': 'Rubrik',
	'label.sitePageLead': 'Ingress',
	'label.sitePageBody': 'Text',
	'rule:site-page-changed-meanwhile':
		'Någon annan sparade sidan medan du redigerade den, och inget av det du skrev sparades. Kopiera din text, öppna sidan igen för att läsa den andras och gör din ändring där.',
}
