import type { Translation } from '../messages.ts'
import type { errors as english } from '../en/errors.ts'

export const errors: Translation<typeof english> = {
	'error.notFound.title': 'Sidan hittades inte',
	'error.notFound.body':
		'Sidan du letar efter finns inte eller har flyttats. Prova katalogen eller sökningen i stället.',
	'error.generic.title': 'Något gick fel',
	'error.generic.body': 'Ett oväntat fel hindrade sidan från att laddas. Försök igen om en stund.',
	'error.status': 'Fel {status}',
	'error.homeLink': 'Till startsidan',
	'error.badParameter.title': 'Den här adressen kan inte stämma',
	'error.badParameter.body':
		'Värdet för ”{parameter}” i adressen är inget som portalen kan ha skapat. Kontrollera länken eller gå tillbaka och försök igen.',

	'edge.badRequest.title': 'Adressen eller formuläret går inte att läsa',
	'edge.badRequest.body':
		'Adressen eller formuläret innehåller tecken som portalen inte tar emot, till exempel ett nolltecken. Kontrollera länken, eller gå tillbaka och försök igen.',
	'edge.crossOrigin.title': 'Formuläret skickades från en annan webbplats',
	'edge.crossOrigin.body':
		'För din säkerhet tar portalen bara emot formulär som skickas från dess egna sidor. Öppna sidan i portalen och skicka formuläret därifrån.',
	'edge.tooLarge.title': 'För mycket att skicka på en gång',
	'edge.tooLarge.body': 'Portalen tar emot högst 1 MB i ett formulär eller en förfrågan. Korta texten och försök igen.',
	'edge.unsupportedType.title': 'Den här sortens innehåll tas inte emot här',
	'edge.unsupportedType.body':
		'Den här adressen tar emot formulär som skickas från portalens sidor (formulärdata); API-adresserna tar emot JSON.',
	'edge.unavailable.title': 'Portalen är inte tillgänglig just nu',
	'edge.unavailable.body': 'Portalen når inte sin databas för tillfället. Försök igen om en minut.',
	'error.forbidden.title': 'Du har inte behörighet till den här sidan',
	'error.forbidden.body': 'Du är inloggad, men den här sidan är inte öppen för ditt konto.',
	'error.forbidden.why.staff': 'Den är till för hubbens koordinatorer.',
	'error.forbidden.why.admins': 'Den är till för portalens administratörer.',
	'error.forbidden.why.members':
		'Den är för hubbens medlemmar, vars organisation finns i katalogen: registrera din under Mina poster, eller be din organisations administratör att bjuda in dig.',
	'error.forbidden.why.organization': 'Den är till för medlemmarna i den organisation den hör till.',
	'error.forbidden.why.organizationAdmins': 'Den är till för administratörerna i den organisation den hör till.',
	'error.forbidden.why.establishmentOffice': 'Den är till för etableringskontoret och hubbens koordinatorer.',
	'error.forbidden.why.unverified': 'Bekräfta först din e-postadress med länken vi skickade dig.',
	'error.forbidden.account': 'Gå till ditt konto',
	'error.forbidden.askHub': 'Borde du ha tillgång? Fråga hubben eller din organisations administratör.',
	'error.forbidden.signOut': 'Logga ut för att logga in som någon annan',
}
