import type { Translation } from '../messages.ts'
import type { enquiryForm as english } from '../en/enquiryForm.ts'

// Etableringskontorets förfrågningsformulär (en/enquiryForm.ts).
export const enquiryForm: Translation<typeof english> = {
	'enquiry.form.title': 'Tala med etableringskontoret',
	'enquiry.form.intro':
		'Berätta för etableringskontoret vad ert företag behöver (lokaler, mark, tillstånd, personal) och när. Någon där svarar er här och via e-post, oftast inom två arbetsdagar.',
	'enquiry.form.aboutOffer': 'Gäller erbjudandet: {title}',
	'enquiry.form.generalLink': 'Fråga om något annat',
	'enquiry.form.companySection': 'Ert företag och vad det behöver',
	'enquiry.form.contactSection': 'Hur kontoret når er',
	'enquiry.form.sizeHint': 'Med ord, som ett antal kvadratmeter eller arbetsplatser, eller både och.',
	'enquiry.form.unitNone': 'Inget antal',
	'enquiry.form.privacy':
		'Etableringskontoret sparar det ni skriver här för att kunna svara er; en förfrågan som ingen bekräftar upphör efter en vecka, och kontaktuppgifterna i den raderas. Integritetspolicyn berättar mer.',
	'enquiry.form.submit': 'Skicka till etableringskontoret',
	'enquiry.form.pending': 'Skickar…',
	'enquiry.form.memberNote': 'Du är inloggad: kontoret svarar på din förfrågans sida och meddelar dig via e-post.',
	'label.enquiryCompany': 'Företag',
	'label.enquiryNeed': 'Vad behöver ni?',
	'label.enquirySizeText': 'Storlek',
	'label.enquirySizeValue': 'Storlek som antal',
	'label.enquirySizeUnit': 'Enhet',
	'label.enquiryTiming': 'När behöver ni det?',
	'label.enquiryContactName': 'Ditt namn',
	'label.enquiryPhone': 'Telefon (frivilligt)',
	'label.enquiryMessage': 'Meddelande',
	'check.enquiryPhone': 'Skriv ett telefonnummer med siffror, till exempel +46 8 123 456 78.',
	'check.enquirySizePair': 'Ange både antal och enhet, eller ingetdera.',
	'establish.unit.sqm': 'm²',
	'establish.unit.desks': 'platser',
	'label.enquiryHandOverListing': 'Leverantör',
	'label.enquiryHandOverNote': 'Några ord till leverantören (frivilligt)',
	'label.enquiryOutcome': 'Utfall',
	'label.enquiryOutcomeNote': 'Anteckning (frivilligt)',
}
