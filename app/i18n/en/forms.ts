// What every form shares: required marks, choices, the error summary and field messages.
export const forms = {
	// What a message reads as when its key is not in the catalogue (messages.ts): any page that shows a refusal may need it.
	'check.invalid': 'This value is not valid.',
	'form.required': 'required',
	'form.choose': 'Choose…',
	'form.yesNo.unstated': 'Not stated',
	'form.yesNo.yes': 'Yes',
	'form.yesNo.no': 'No',
	'form.affiliation.none': 'No affiliation',
	'form.errorSummary.title.one': 'There is {count} problem with this form',
	'form.errorSummary.title.other': 'There are {count} problems with this form',
	'form.errorSummary.intro': 'Nothing was saved. Correct the marked fields and submit again.',
	'form.confirm.cancel': 'No, go back',
} as const
