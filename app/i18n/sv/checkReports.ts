import type { Translation } from '../messages.ts'
import type { checkReports as english } from '../en/checkReports.ts'

export const checkReports: Translation<typeof english> = {
	'check.required.report': '{label} måste anges',
	'check.requiredChoice.report': '{label} måste anges (en av: {known})',
	'check.tooLong.report': '{label} får ha högst {max} tecken (här finns {length})',
	'check.urlTooLong.report': '{label} får ha högst {max} tecken',
	'check.entryTooLong.report': 'Posten ”{value}…” i {label} får ha högst {max} tecken (här finns {length})',
	'check.tooMany.report': '{label} får ha högst {max} poster (här finns {count})',
	'check.orcidFormat.report': 'ORCID ”{value}” ska skrivas som 0000-0002-1825-0097 (fyra grupper med fyra siffror)',
	'check.orcidCheck.report': 'Kontrollsiffran i ORCID ”{value}” stämmer inte: kontrollera om det finns ett skrivfel',
	'check.imageKey.report': '{label} ”{value}” är ingen lagrad bildnyckel (32 hexadecimala tecken, sedan bredd x höjd)',
	'check.dateType.report': '{label} måste vara ett datum skrivet ÅÅÅÅ-MM-DD',
	'check.date.report': '{label} ”{value}” måste vara ett datum skrivet ÅÅÅÅ-MM-DD',
	'check.calendarDate.report': '{label} ”{value}” finns inte i kalendern',
	'check.inPast.report': '{label} har redan passerat',
	'check.website.report':
		'{label} ”{value}” måste vara en fullständig webbadress som börjar med https:// eller http://',
	'check.email.report': '{label} ”{value}” är inte en giltig e-postadress',
	'check.number.report': '{label} måste vara ett tal',
	'check.range.report': '{label} måste vara mellan {min} och {max}',
	'check.wholeNumber.report': '{label} måste vara ett heltal från 1 till {max}',
	'check.yesNo.report': '{label} måste vara true eller false',
	'check.coordinatePair.report': '{label} saknas: ange både latitud och longitud, eller ingen av dem',
	'check.postcode.report': '{label} ”{value}” är inte ett svenskt postnummer (fem siffror, som ”141 57”)',
	'check.unknownCode.report': 'Okänd kod för {noun}: ”{code}” (kända koder: {known})',
	'check.unknownCodeHint.report': 'Okänd kod för {noun}: ”{code}” (menade du ”{hint}”?)',
	'check.language.report':
		'Okänt språk ”{word}” (skriv språkets namn, som ”svenska” eller ”Swedish”, eller dess kod med två bokstäver, som ”sv”)',
	'import.refTaken': 'ref ”{ref}” tillhör redan en post av typen {type}',
	'import.noOrganization': 'ingen organisation med ref ”{ref}” i filen eller i portalen',
	'import.batchFailed': 'inte sparad: dess omgång misslyckades ({reason})',
	// Account messages as the operator's terminal prints them (npm run hub -- user …)
	'accountForm.emailRequired.report': 'en e-postadress måste anges',
	'accountForm.emailInvalid.report': 'det är inte en e-postadress',
	'accountForm.nameRequired.report': 'ett namn måste anges',
	'accountForm.nameTooLong.report': 'namnet är längre än 100 tecken',
	'accountForm.passwordRequired.report': 'ett lösenord måste anges',
	'accountForm.passwordTooShort.report': 'lösenordet är kortare än 12 tecken',
	'accountForm.passwordTooLong.report': 'lösenordet är längre än 128 tecken',
	'accountForm.passwordTooCommon.report': 'lösenordet är ett av de vanligaste lösenorden; välj ett annat',
	'accountForm.choose.report': 'välj en av user, coordinator, platform_admin',
}
