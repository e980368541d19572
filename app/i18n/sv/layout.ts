import type { Translation } from '../messages.ts'
import type { layout as english } from '../en/layout.ts'

export const layout: Translation<typeof english> = {
	'hub.name': 'ATMP Flemingsberg',
	'hub.tagline': 'Hubb för avancerade terapier, Stockholm Syd',

	'meta.title': '{page} · ATMP Flemingsberg',
	'meta.description':
		'Katalog över organisationer, labb, GMP-anläggningar och experter inom avancerade terapier (cellterapi, genterapi, vävnadsteknik) i Flemingsberg, södra Stockholm.',

	'layout.skipToContent': 'Hoppa till huvudinnehållet',
	'layout.homeLink': '(startsida)',

	'nav.label': 'Huvudmeny',
	'nav.organizations': 'Organisationer',
	'nav.labs': 'Labb',
	'nav.facilities': 'GMP-anläggningar',
	'nav.experts': 'Experter',
	'nav.search': 'Sök',
	'nav.openCalls': 'Öppna förfrågningar',
	'nav.home': 'Hem',
	'nav.requestsNews': '{count} med nya svar',
	'nav.inboxWaiting': '{count} väntar',
	'nav.menu': 'Meny',

	'language.label': 'Språk',
	// Each language is named in itself, so both dictionaries agree here.
	'language.en': 'English',
	'language.sv': 'Svenska',
	'language.enShort': 'EN',
	'language.svShort': 'SV',

	'userMenu.label': 'Ditt konto',
	'userMenu.login': 'Logga in',
	'userMenu.signup': 'Skapa konto',
	'userMenu.logout': 'Logga ut',
	'userMenu.account': 'Konto',
	'userMenu.myListings': 'Mina poster',
	'userMenu.requests': 'Förfrågningar',
	'userMenu.inbox': 'Inkorg',
	'userMenu.coordinator': 'Koordinator',
	'userMenu.mail': 'E-post',
	'userMenu.enquiries': 'Etableringsförfrågningar',
	'userMenu.roleCoordinator': 'Koordinator',
	'userMenu.rolePlatformAdmin': 'Plattformsadministratör',
	'userMenu.openCalls': 'Öppna förfrågningar',
	'userMenu.notifications': 'Aviseringar',
	'userMenu.unread.one': '{count} ny avisering',
	'userMenu.unread.other': '{count} nya aviseringar',

	'memberNav.label': 'Dina sidor',

	'verifyBanner.title': 'Bekräfta din e-postadress.',
	'verifyBanner.body': 'Öppna länken vi skickade till dig. Tills dess kan du inte agera som medlem i en organisation.',
	'verifyBanner.resend': 'Skicka en ny länk',

	'breadcrumb.label': 'Brödsmulor',
	'breadcrumb.home': 'Start',

	'pagination.label': 'Sidor',
	'pagination.previous': 'Föregående',
	'pagination.next': 'Nästa',
	'pagination.page': 'Sida {page}',

	'footer.about':
		'ATMP Flemingsberg samlar företag, forskare, sjukhus och tillverkare som arbetar med läkemedel för avancerad terapi i södra Stockholm.',
	'footer.directory': 'Katalog',
	'footer.neighbours': 'Karolinska Institutet · Karolinska Universitetssjukhuset Huddinge · KTH · Södertörns högskola',
	// The directory's names every page's navigation and breadcrumbs show.
	'home.title': 'Katalog för avancerade terapier',
	'list.organization.title': 'Organisationer',
	'list.organization.intro': 'Företag, lärosäten, sjukhus och nätverk som arbetar med avancerade terapier.',
	'list.lab.title': 'Labb och forskargrupper',
	'list.lab.intro': 'Forskargrupper och labb, deras tekniker och om de tar emot externa projekt.',
	'list.facility.title': 'GMP-anläggningar',
	'list.facility.intro': 'Renrum och tillverkningsanläggningar: klasser, tillstånd, produkttyper och ledig kapacitet.',
	'list.expert.title': 'Experter',
	'list.expert.intro':
		'Personer som delar med sig av sin kunskap inom forskning, tillverkning, regulatoriska frågor med mera.',
	'list.pageOf': 'Sida {page} av {pages}',
	'detail.onlyIn': 'Endast på {language}',
}
