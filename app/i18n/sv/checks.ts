import type { checks as english } from '../en/checks.ts'
import type { Translation } from '../messages.ts'

export const checks: Translation<typeof english> = {
	// Checks of the shared schemas. Those only a file's value can fail (check.notText, check.ref …) are here too:
	// the field rules every form shares (interchange-fields.ts), which the public forms load, hold them.
	'check.required': 'Fältet måste fyllas i.',
	'check.requiredChoice': 'Fältet måste fyllas i.',
	'check.notText': '{label} måste vara text',
	'check.notCode': '{label} måste vara en kod (text)',
	'check.notList': '{label} måste vara en lista',
	'check.entryNotText': 'Varje post i {label} måste vara text',
	'check.tooLong': 'Använd högst {max} tecken (här finns {length}).',
	'check.urlTooLong': 'Använd högst {max} tecken.',
	'check.entryTooLong': 'Varje rad får ha högst {max} tecken.',
	'check.tooMany': 'Ange högst {max} poster.',
	'check.ref':
		'{label} ”{value}” är inte giltig: använd 1 till {max} bokstäver, siffror, ”.”, ”_” eller ”-”, med en bokstav eller siffra först (till exempel ”org-0042”)',
	'check.orcidFormat': 'Skriv ORCID iD som 0000-0002-1825-0097.',
	'check.orcidCheck': 'Kontrollsiffran i ORCID iD stämmer inte: kontrollera om det finns ett skrivfel.',
	'check.imageKey': 'Den här bilden finns inte lagrad i portalen.',
	'check.image.type': 'Välj en bild i formatet JPEG, PNG eller WebP.',
	'check.image.tooLarge': 'Välj en bild på högst {max} MB.',
	'check.image.tooManyPixels': 'Bilden har för många pixlar: använd en på högst {max} megapixlar.',
	'check.image.unreadable': 'Bilden gick inte att läsa: spara den igen som JPEG, PNG eller WebP.',
	'check.dateType': 'Ange ett datum som ÅÅÅÅ-MM-DD.',
	'check.date': 'Ange ett datum som ÅÅÅÅ-MM-DD.',
	'check.calendarDate': 'Datumet finns inte i kalendern.',
	'check.dateRange': 'Ange ett datum mellan 1900 och 2199.',
	'check.website': 'Ange en fullständig webbadress som börjar med https:// eller http://.',
	'check.email': 'Ange en giltig e-postadress.',
	'check.number': 'Ange ett tal.',
	'check.range': 'Ange ett tal från {min} till {max}.',
	'check.wholeNumber': 'Ange ett heltal från 1 till {max}.',
	'check.yesNo': 'Välj ja, nej eller ej angivet.',
	'check.postcode': 'Skriv ett svenskt postnummer, till exempel 141 57.',
	'check.unknownCode': '”{code}” är inte ett av valen.',
	'check.unknownCodeHint': '”{code}” är inte ett av valen.',
	'check.languageType': 'Varje språk måste vara text',
	'check.language': '”{word}” är inget språk vi känner till.',
	// Field names that the field rules every form shares (interchange-fields.ts) name themselves, so the public
	// forms' schemas hold them too; the enquiry form labels its address with label.email.
	'label.website': 'Webbplats',
	'label.email': 'E-post',
	'label.postcode': 'Postnummer',
	'label.orcid': 'ORCID',
	'label.languages': 'Språk',
	'label.image': 'Bild',
	// What one code of each vocabulary is called in a message (interchange-fields.ts builds the key, for any form)
	'noun.listingTypes': 'posttyp',
	'noun.organizationKinds': 'organisationstyp',
	'noun.modalities': 'modalitet',
	'noun.services': 'tjänst',
	'noun.phases': 'fas',
	'noun.cleanroomGrades': 'renrumsklass',
	'noun.productTypes': 'produkttyp',
	'noun.licences': 'tillstånd',
	'noun.openTo': '”öppen för”',
	// Why a use case refused (app/domain/rules.ts); the key is the code on the wire
	'rule:invalid-input': 'Några fält är inte giltiga.',
	'rule:listing-not-found': 'Posten finns inte.',
	'rule:revision-not-found': 'Förslaget finns inte.',
	'rule:verification-not-found': 'Verifieringen finns inte.',
	'rule:revision-already-decided':
		'Någon annan har redan beslutat om förslaget, eller så har författaren ersatt det med ett nyare.',
	'rule:listing-merged': 'Posten har slagits ihop med en annan.',
	'rule:listing-archived': 'Posten är arkiverad.',
	'rule:listing-not-archived': 'Posten är inte arkiverad.',
	'rule:listing-not-published': 'Bara publicerade poster kan lyftas fram.',
	'rule:organization-not-found': 'Det finns ingen organisation med den referensen.',
	'rule:organization-not-allowed': 'Välj en organisation som du tillhör.',
	'rule:merge-same-listing': 'En post kan inte slås ihop med sig själv.',
	'rule:merge-type-mismatch': 'Bara poster av samma typ kan slås ihop.',
	'rule:merge-survivor-unavailable':
		'Posten kan inte ta emot sammanslagningen: den finns inte, är arkiverad eller har själv slagits ihop.',
	'rule:verification-already-revoked': 'Verifieringen är redan återkallad.',
	'rule:expiry-in-past': 'Utgångsdatumet har redan passerat.',
	'rule:not-an-expert': 'Bara expertprofiler har den här inställningen.',
	'rule:expert-owner-only': 'Bara personen som profilen tillhör kan göra den offentlig.',
	'rule:expert-profile-exists': 'Du har redan en expertprofil: redigera den i stället.',
	'rule:organization-not-approved':
		'Postens nya organisation har skickats tillbaka: den måste skickas in igen och godkännas först.',
	'rule:already-in-organization':
		'Du tillhör redan en organisation. Kontakta hubbens koordinatorer om du behöver registrera ytterligare en.',
	'rule:request-not-found': 'Förfrågan finns inte, eller så får du inte se den.',
	'rule:route-not-found': 'Förfrågan finns inte, eller så får du inte se den.',
	'rule:candidate-not-found': 'Välj leverantörer i listan.',
	'rule:transition-not-allowed':
		'Det går inte längre: förfrågan har gått vidare. Ladda om sidan för att se hur den står.',
	'rule:needed-by-in-past': 'Datumet har passerat. Ange ett datum framåt i tiden eller lämna fältet tomt.',
	'rule:nothing-to-route': 'Välj minst en leverantör.',
	'rule:already-routed': 'Förfrågan är redan skickad till någon av de här leverantörerna.',
	'rule:provider-unreachable':
		'Ingen hos en av leverantörerna har ett konto i portalen: kontakta dem direkt eller bjud in dem först.',
	'rule:provider-not-published': 'En av listningarna är inte längre publicerad.',
	'rule:started-from-not-published':
		'Listningen som du utgick från är inte längre publicerad och har tagits bort ur förfrågan. Skicka förfrågan igen.',
	'rule:own-request': 'En organisation kan inte tillfrågas om sin egen förfrågan.',
	'rule:terms-not-accepted': 'Godkänn sekretessvillkoren först.',
	'rule:thread-closed': 'Meddelanden kan skrivas när leverantören har ställt en fråga eller är intresserad.',
	'rule:message-invalid': 'Skriv ett meddelande på högst 5 000 tecken.',
	'rule:not-an-open-call': 'Förfrågan är inte längre öppen.',
	'rule:interest-already-expressed': 'Din organisation har redan anmält intresse.',
	'rule:user-email-taken': 'Det finns redan en användare med e-postadressen {email}.',
	'rule:user-not-found': 'Ingen användare har e-postadressen {email}.',
	'rule:not-an-email': 'Inte en e-postadress: {value}',
	// Stale-listing nudges (docs/decisions/044).
	'rule:confirm-link-invalid':
		'Länken fungerar inte längre: den har redan använts, den har gått ut eller så svarar du inte längre för posten. Logga in och kontrollera posten i stället.',
	'rule:stale-nobody-to-ask':
		'Ingen med konto svarar för posten, så det finns ingen att fråga. Arkivera den eller ta reda på vem som står bakom den.',
	'rule:stale-no-capacity': 'Bara en GMP-anläggning med sviter har kapacitetsperioder att fråga om.',

	// What any form may say: its hidden trap field's label, a generic choice or requirement, a text too long, an
	// e-mail address (enquiries, requests and invitations ask for one too), too many attempts.
	'accountForm.honeypotLabel': 'Lämna det här fältet tomt',
	'accountForm.required': 'Fältet måste fyllas i.',
	'accountForm.choose': 'Välj ett av alternativen.',
	'accountForm.tooLong': 'Texten är för lång.',
	'accountForm.emailRequired': 'Skriv din e-postadress.',
	'accountForm.emailInvalid': 'Skriv en e-postadress som namn@exempel.se.',
	'auth.rateLimited': 'För många försök; försök igen om {minutes} minuter.',
	'auth.rateLimited.seconds': 'För många försök; försök igen om {seconds} s.',
	'auth.rateLimited.oneMinute': 'För många försök; försök igen om en minut.',
}
