import type { Translation } from '../messages.ts'
import type { transfer as english } from '../en/transfer.ts'

// Import och export på /coordinator/import och /coordinator/export (issue 15).
export const transfer: Translation<typeof english> = {
	'coordinator.nav.import': 'Import',
	'coordinator.nav.export': 'Export',

	'transfer.check.unreadable': 'Filen går inte att läsa som CSV: {reason}.',
	'transfer.check.unreadable.report': 'filen går inte att läsa som CSV: {reason}',
	'transfer.check.noHeader': 'Filen saknar rubrikrad: den första raden ska ange kolumnernas namn.',
	'transfer.check.unknownColumns':
		'Okända kolumner: {columns}. Använd kolumnnamnen i mallen (de är utbytesformatets fältnamn).',
	'transfer.check.repeatedColumns': 'Kolumner som finns två gånger: {columns}.',
	'transfer.check.whichType':
		'Kolumnerna visar inte vilken typ av poster filen innehåller: lägg till en kolumn ”type” eller välj typ.',
	'transfer.check.ragged': 'Raden har {found} celler men rubrikraden har {expected}.',
	'transfer.check.type': 'Typen ”{value}” är ingen posttyp (en av: {known}).',
	'transfer.check.json': 'Filen är inte giltig JSON: {reason}.',
	'transfer.check.offers':
		'Filen innehåller etableringserbjudanden, och sådana får bara en koordinator eller etableringskontoret importera. Ta bort dem eller be någon av dem importera filen.',

	'transfer.import.title': 'Importera poster',
	'transfer.import.intro':
		'Ladda upp en CSV- eller JSON-fil med poster (en JSON-fil i utbytesformatet kan även innehålla etableringserbjudanden). Först ser du vad importen skulle göra, post för post; ingenting sparas förrän du bekräftar, och då sparas hela filen på en gång eller inte alls.',
	'transfer.import.file': 'Fil (.csv eller .json)',
	'transfer.import.fileHint':
		'CSV: en posttyp per fil, eller en fil med kolumnen ”type”. Avgränsad med komma eller semikolon, så som Excel sparar den.',
	'transfer.import.type': 'Posttyp för en CSV utan kolumnen ”type”',
	'transfer.import.typeDetect': 'Avgör utifrån kolumnerna',
	'transfer.import.submit': 'Granska filen',
	'transfer.import.noFile': 'Välj en fil att ladda upp.',
	'transfer.import.tooLarge': 'Filen är större än {max} MB. Dela upp den i flera filer.',
	'transfer.import.notText': 'Filen är inte text (UTF-8). Spara den som ”CSV UTF-8” eller som JSON.',
	'transfer.import.templates': 'Mallar',
	'transfer.import.templatesIntro':
		'Varje mall har rubrikraden och en exempelrad. Listor (modaliteter, tjänster, faser med mera) avgränsas med ”;” och kan innehålla koder eller benämningar på svenska eller engelska; ja/nej-kolumner tar ja, nej, yes eller no; datum skrivs ÅÅÅÅ-MM-DD. Lämna en cell tom när den inte gäller. Kolumnen ref känner igen en post: en rad med en befintlig ref uppdaterar den posten.',
	'transfer.import.template.all': 'Alla typer i en fil',
	'transfer.import.previewHeading': 'Förhandsgranskning av {file}',
	'transfer.import.reportHeading': 'Import av {file}',
	'transfer.import.counts': '{created} nya, {updated} uppdaterade, {unchanged} oförändrade, {rejected} avvisade',
	'transfer.import.allOrNothing':
		'En fil med avvisade rader importeras inte alls: rätta raderna nedan och ladda upp filen igen.',
	'transfer.import.confirmIntro':
		'Ingenting har sparats ännu. När du bekräftar sparas de nya och uppdaterade posterna; de oförändrade lämnas som de är.',
	'transfer.import.confirm': 'Bekräfta importen',
	'transfer.import.nothingToDo':
		'Alla poster i filen ser redan ut så som filen säger: det finns ingenting att importera.',
	'transfer.import.applying': 'Importerar … {done} av {total} poster klara; de sparas tillsammans när alla är det.',
	'transfer.import.applyingHint': 'Sidan uppdateras av sig själv tills importen är klar.',
	'transfer.import.applied': 'Importen är klar.',
	'transfer.import.refused':
		'Filen importerades inte: posterna har ändrats sedan förhandsgranskningen och vissa rader avvisas nu. Se raderna nedan.',
	'transfer.import.failed': 'Importen stoppades: {reason}. Ingenting av den sparades.',
	'transfer.import.interrupted': 'Importen avbröts; ingenting av den sparades.',
	'transfer.import.rerunIntro':
		'Kör du den igen kontrolleras samma fil mot katalogen som den ser ut nu, och den sparas i sin helhet – eller avvisas med de rader som behöver rättas.',
	'transfer.import.rerun': 'Kör den igen',
	'transfer.import.downloadReport': 'Ladda ner rapporten (CSV)',
	'transfer.import.another': 'Ladda upp en annan fil',
	'transfer.import.column.row': 'Rad',
	'transfer.import.column.type': 'Typ',
	'transfer.import.column.ref': 'Ref',
	'transfer.import.column.outcome': 'Resultat',
	'transfer.import.column.field': 'Fält',
	'transfer.import.column.reason': 'Orsak',
	'transfer.import.fileProblems': 'Filen kan inte importeras:',
	'transfer.outcome.created': 'Ny',
	'transfer.outcome.updated': 'Uppdaterad',
	'transfer.outcome.unchanged': 'Oförändrad',
	'transfer.outcome.rejected': 'Avvisad',
	'transfer.onlyChanges': 'Rader med ändringar och avvisningar visas; {unchanged} oförändrade rader är utelämnade.',
	'transfer.type.organization': 'Organisation',
	'transfer.type.lab': 'Labb',
	'transfer.type.facility': 'Anläggning',
	'transfer.type.expert': 'Expert',
	'transfer.type.offer': 'Etableringserbjudande',

	'transfer.export.title': 'Export',
	'transfer.export.intro':
		'Ladda ner katalogens poster, matchningsförfrågningarna med deras utfall eller händelseloggen. CSV-filerna öppnas i Excel med å, ä och ö i behåll; en CSV med poster kan redigeras och importeras igen.',
	'transfer.export.listings': 'Poster',
	'transfer.export.listingsIntro': 'Publicerade poster, per typ eller alla i en fil med kolumnen ”type”.',
	'transfer.export.type': 'Poster',
	'transfer.export.typeAll': 'Alla typer i en fil',
	'transfer.export.format': 'Format',
	'transfer.export.formatCsv': 'CSV (kalkylblad)',
	'transfer.export.formatJson': 'JSON (utbytesformatet)',
	'transfer.export.download': 'Ladda ner',
	'transfer.export.requests': 'Matchningsförfrågningar',
	'transfer.export.requestsIntro':
		'Varje inskickad förfrågan med status och utfall, en rad per leverantör den skickats till, med leverantörens svar och förfrågarens betyg.',
	'transfer.export.audit': 'Händelselogg',
	'transfer.export.auditIntro': 'Alla poster i händelseloggen under en period (båda dagarna medräknade).',
	'transfer.export.from': 'Från',
	'transfer.export.to': 'Till',
	'transfer.export.badPeriod': 'Ange perioden som två datum skrivna ÅÅÅÅ-MM-DD, det första inte efter det andra.',

	'transfer.column.request': 'Förfrågan',
	'transfer.column.title': 'Rubrik',
	'transfer.column.requester': 'Förfrågare',
	'transfer.column.status': 'Status',
	'transfer.column.outcome': 'Utfall',
	'transfer.column.submittedAt': 'Inskickad',
	'transfer.column.closedAt': 'Avslutad',
	'transfer.column.provider': 'Leverantör',
	'transfer.column.routeStatus': 'Status för förmedlingen',
	'transfer.column.routedAt': 'Förmedlad',
	'transfer.column.firstRespondedAt': 'Första svar',
	'transfer.column.introducedAt': 'Introducerad',
	'transfer.column.rating': 'Betyg',
	'transfer.column.ratingComment': 'Kommentar till betyget',
	'transfer.column.time': 'Tid (UTC)',
	'transfer.column.actor': 'Utförd av',
	'transfer.column.action': 'Händelse',
	'transfer.column.entityType': 'Typ av post',
	'transfer.column.entityId': 'Post',
	'transfer.column.changes': 'Ändringar',
}
