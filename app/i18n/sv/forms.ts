import type { Translation } from '../messages.ts'
import type { forms as english } from '../en/forms.ts'

export const forms: Translation<typeof english> = {
	'check.invalid': 'Värdet är inte giltigt.',
	'form.required': 'obligatoriskt',
	'form.choose': 'Välj …',
	'form.yesNo.unstated': 'Ej angivet',
	'form.yesNo.yes': 'Ja',
	'form.yesNo.no': 'Nej',
	'form.affiliation.none': 'Ingen anknytning',
	'form.errorSummary.title.one': 'Det finns {count} problem i formuläret',
	'form.errorSummary.title.other': 'Det finns {count} problem i formuläret',
	'form.errorSummary.intro': 'Inget sparades. Rätta de markerade fälten och skicka igen.',
	'form.confirm.cancel': 'Nej, gå tillbaka',
}
