import type { Translation } from '../messages.ts'
import type { home as english } from '../en/home.ts'

export const home: Translation<typeof english> = {
	'memberHome.title': 'Din startsida',
	'memberHome.intro': 'Det som väntar på dig och din organisation i hubben.',

	'memberHome.requestsHeading': 'Dina förfrågningar',
	'memberHome.requestsEmpty': 'Din organisation har inga öppna förfrågningar.',
	'memberHome.requestsNew': 'Be hubben om en partner',
	'memberHome.requestsAll': 'Alla era förfrågningar',
	'memberHome.news.one': '{count} ny',
	'memberHome.news.other': '{count} nya',
	'memberHome.interested.one': '{count} leverantör intresserad',
	'memberHome.interested.other': '{count} leverantörer intresserade',

	'memberHome.routesHeading': 'Väntar på din organisation',
	'memberHome.routesEmpty': 'Ingen förfrågan väntar på svar från din organisation.',
	'memberHome.routesAll': 'Öppna inkorgen',
	'memberHome.stepAcceptTerms': 'Godkänn villkoren för att läsa den och svara sedan',
	'memberHome.stepAnswer': 'Lämna ert svar',
	'memberHome.forProvider': 'Till {provider}',

	'memberHome.openCallsHeading': 'Öppna förfrågningar för er',
	'memberHome.openCallsIntro': 'Öppna förfrågningar som gäller en tjänst eller modalitet som era poster erbjuder.',
	'memberHome.openCallsEmpty': 'Just nu gäller ingen öppen förfrågan det som din organisation erbjuder.',
	'memberHome.openCallsAll': 'Alla öppna förfrågningar',
	'memberHome.openCallFits': 'Passar: {needs}',
	'memberHome.openCallAnswered': 'Din organisation har anmält intresse.',

	'memberHome.notificationsHeading': 'Senaste aviseringar',
	'memberHome.notificationsEmpty': 'Inga aviseringar ännu.',
	'memberHome.notificationsAll': 'Alla aviseringar',

	'memberHome.nextStepHeading': 'Nästa steg',
	'memberHome.step.confirm-email':
		'Bekräfta din e-postadress med länken vi skickade. Sedan kan du agera för en organisation.',
	'memberHome.step.register-organization':
		'Registrera din organisation för att publicera poster och söka partner. Finns den redan i hubben, be någon av dess administratörer att bjuda in dig.',
	'memberHome.step.register-organization.link': 'Registrera din organisation',
	'memberHome.step.register-organization.join': 'Hitta din organisation',
	'memberHome.step.first-review-waiting':
		'{organization} väntar på granskning av en koordinator. Du får ett mejl när den är publicerad.',
	'memberHome.step.first-review-sent-back':
		'En koordinator skickade tillbaka {organization} med en kommentar. Läs den och skicka posten igen.',
	'memberHome.step.first-review-sent-back.link': 'Öppna dina poster',
	'memberHome.step.add-listing':
		'{organization} har inget labb eller någon anläggning i katalogen ännu. Lägg till en så att förfrågningar som passar når er.',
	'memberHome.step.add-listing.facility': 'Lägg till en GMP-anläggning',
	'memberHome.step.add-listing.lab': 'Lägg till ett labb',
} as const
