// The lines a report prints (renderMessage(…, 'report'), app/domain/messages.ts):
// `<key>.report` names its field itself ("Name is required"), where a form shows
// `<key>` beside the field. The importer's preview and its CSV, the API's
// refusals and the terminal render them on the server, so no browser needs them.
export const checkReports = {
	'check.required.report': '{label} is required',
	'check.requiredChoice.report': '{label} is required (one of: {known})',
	'check.tooLong.report': '{label} must be at most {max} characters (it has {length})',
	'check.urlTooLong.report': '{label} must be at most {max} characters',
	'check.entryTooLong.report': '{label} entry "{value}…" must be at most {max} characters (it has {length})',
	'check.tooMany.report': '{label} can have at most {max} entries (it has {count})',
	'check.orcidFormat.report': 'ORCID "{value}" must be written like 0000-0002-1825-0097 (four groups of four digits)',
	'check.orcidCheck.report': 'ORCID "{value}" has a wrong check digit: please check it for a typo',
	'check.imageKey.report': '{label} "{value}" is not a stored picture key (32 hex digits, then width x height)',
	'check.dateType.report': '{label} must be a date written YYYY-MM-DD',
	'check.date.report': '{label} "{value}" must be a date written YYYY-MM-DD',
	'check.calendarDate.report': '{label} "{value}" is not a real calendar date',
	'check.inPast.report': '{label} is in the past',
	'check.website.report': '{label} "{value}" must be a full web address starting with https:// or http://',
	'check.email.report': '{label} "{value}" is not a valid e-mail address',
	'check.number.report': '{label} must be a number',
	'check.range.report': '{label} must be between {min} and {max}',
	'check.wholeNumber.report': '{label} must be a whole number from 1 to {max}',
	'check.yesNo.report': '{label} must be true or false',
	'check.coordinatePair.report': '{label} is missing: give both latitude and longitude, or neither',
	'check.postcode.report': '{label} "{value}" is not a Swedish postcode (five digits, such as "141 57")',
	'check.unknownCode.report': 'Unknown {noun} code "{code}" (known codes: {known})',
	'check.unknownCodeHint.report': 'Unknown {noun} code "{code}" (did you mean "{hint}"?)',
	'check.language.report':
		'Unknown language "{word}" (write languages by name, such as "Swedish" or "svenska", or by two-letter code, such as "sv")',
	'import.refTaken': 'ref "{ref}" already belongs to a listing of type {type}',
	'import.noOrganization': 'no organisation with ref "{ref}" in this file or in the portal',
	'import.batchFailed': 'not saved: its batch failed ({reason})',
	// Account messages as the operator's terminal prints them (npm run hub -- user …)
	'accountForm.emailRequired.report': 'an e-mail address is required',
	'accountForm.emailInvalid.report': 'that is not an e-mail address',
	'accountForm.nameRequired.report': 'a name is required',
	'accountForm.nameTooLong.report': 'the name is longer than 100 characters',
	'accountForm.passwordRequired.report': 'a password is required',
	'accountForm.passwordTooShort.report': 'the password is shorter than 12 characters',
	'accountForm.passwordTooLong.report': 'the password is longer than 128 characters',
	'accountForm.passwordTooCommon.report': 'the password is one of the most common passwords; choose another',
	'accountForm.choose.report': 'choose one of user, coordinator, platform_admin',
} as const
