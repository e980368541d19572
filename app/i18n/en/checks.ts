// What the shared schemas and the rules say (app/domain/messages.ts, app/domain/rules.ts):
// checks, field names, refusals, each read beside its field or above its form.
// Every page with a form downloads them, so they hold only what such a page
// can show: what only the signed-in areas' forms say is in memberChecks.ts,
// and the lines of reports (`<key>.report`) in checkReports.ts.
export const checks = {
	// Checks of the shared schemas. Those only a file's value can fail (check.notText, check.ref …) are here too:
	// the field rules every form shares (interchange-fields.ts), which the public forms load, hold them.
	'check.required': 'This field is required.',
	'check.requiredChoice': 'This field is required.',
	'check.notText': '{label} must be text',
	'check.notCode': '{label} must be a code (text)',
	'check.notList': '{label} must be a list',
	'check.entryNotText': 'Each entry of {label} must be text',
	'check.tooLong': 'Use at most {max} characters (this has {length}).',
	'check.urlTooLong': 'Use at most {max} characters.',
	'check.entryTooLong': 'Each entry can have at most {max} characters.',
	'check.tooMany': 'Give at most {max} entries.',
	'check.ref':
		'{label} "{value}" is not valid: use 1 to {max} letters, digits, ".", "_" or "-", starting with a letter or digit (for example "org-0042")',
	'check.orcidFormat': 'Write the ORCID iD like 0000-0002-1825-0097.',
	'check.orcidCheck': 'This ORCID iD has a wrong check digit: check it for a typo.',
	'check.imageKey': 'This picture is not one the portal stored.',
	'check.image.type': 'Choose a JPEG, PNG or WebP picture.',
	'check.image.tooLarge': 'Choose a picture of at most {max} MB.',
	'check.image.tooManyPixels': 'This picture has too many pixels: use one of at most {max} megapixels.',
	'check.image.unreadable': 'This picture could not be read: save it again as JPEG, PNG or WebP.',
	'check.dateType': 'Enter a date written YYYY-MM-DD.',
	'check.date': 'Enter a date written YYYY-MM-DD.',
	'check.calendarDate': 'This date does not exist in the calendar.',
	'check.dateRange': 'Enter a date between 1900 and 2199.',
	'check.website': 'Enter a full web address starting with https:// or http://.',
	'check.email': 'Enter a valid e-mail address.',
	'check.number': 'Enter a number.',
	'check.range': 'Enter a number from {min} to {max}.',
	'check.wholeNumber': 'Enter a whole number from 1 to {max}.',
	'check.yesNo': 'Choose yes, no or not stated.',
	'check.postcode': 'Write a Swedish postcode, for example 141 57.',
	'check.unknownCode': '“{code}” is not one of the choices.',
	'check.unknownCodeHint': '“{code}” is not one of the choices.',
	'check.languageType': 'Each language must be text',
	'check.language': '“{word}” is not a language we know.',
	// Field names that the field rules every form shares (interchange-fields.ts) name themselves, so the public
	// forms' schemas hold them too; the enquiry form labels its address with label.email.
	'label.website': 'Website',
	'label.email': 'Email',
	'label.postcode': 'Postcode',
	'label.orcid': 'ORCID',
	'label.languages': 'Languages',
	'label.image': 'Picture',
	// What one code of each vocabulary is called in a message (interchange-fields.ts builds the key, for any form)
	'noun.listingTypes': 'listing type',
	'noun.organizationKinds': 'organisation kind',
	'noun.modalities': 'modality',
	'noun.services': 'service',
	'noun.phases': 'phase',
	'noun.cleanroomGrades': 'cleanroom grade',
	'noun.productTypes': 'product type',
	'noun.licences': 'licence',
	'noun.openTo': '"open to"',
	// Why a use case refused (app/domain/rules.ts); the key is the code on the wire
	'rule:invalid-input': 'Some fields are not valid.',
	'rule:listing-not-found': 'This listing does not exist.',
	'rule:revision-not-found': 'This proposal does not exist.',
	'rule:verification-not-found': 'This verification does not exist.',
	'rule:revision-already-decided':
		'This proposal was already decided by someone else, or its author replaced it with a newer one.',
	'rule:listing-merged': 'This listing was merged into another one.',
	'rule:listing-archived': 'This listing is archived.',
	'rule:listing-not-archived': 'This listing is not archived.',
	'rule:listing-not-published': 'Only published listings can be featured.',
	'rule:organization-not-found': 'There is no organisation with this ref.',
	'rule:organization-not-allowed': 'Choose an organisation you belong to.',
	'rule:merge-same-listing': 'A listing cannot be merged into itself.',
	'rule:merge-type-mismatch': 'Only listings of the same type can be merged.',
	'rule:merge-survivor-unavailable':
		'That listing cannot take the merge: it does not exist, is archived, or was merged itself.',
	'rule:verification-already-revoked': 'This verification was already revoked.',
	'rule:expiry-in-past': 'The expiry date is in the past.',
	'rule:not-an-expert': 'Only expert profiles have this setting.',
	'rule:expert-owner-only': 'Only the person the profile belongs to can make it public.',
	'rule:expert-profile-exists': 'You already have an expert profile: edit that one instead.',
	'rule:organization-not-approved':
		'The listing’s new organisation was sent back: it must be resubmitted and approved first.',
	'rule:already-in-organization':
		'You already belong to an organisation. Ask the hub coordinators if you need to register another one.',
	'rule:request-not-found': 'This request does not exist, or you cannot see it.',
	'rule:route-not-found': 'This request does not exist, or you cannot see it.',
	'rule:candidate-not-found': 'Choose providers from the list.',
	'rule:transition-not-allowed':
		'This is no longer possible: the request has moved on. Reload the page to see where it stands.',
	'rule:needed-by-in-past': 'This date has passed. Give a date in the future or leave it empty.',
	'rule:nothing-to-route': 'Choose at least one provider.',
	'rule:already-routed': 'The request was already sent to one of these providers.',
	'rule:provider-unreachable':
		'Nobody at one of these providers has a portal account: contact them directly or invite them first.',
	'rule:provider-not-published': 'One of these listings is no longer published.',
	'rule:started-from-not-published':
		'The listing you started this request from is no longer published, so it is left out. Send the request again.',
	'rule:own-request': 'An organisation cannot be asked to answer its own request.',
	'rule:terms-not-accepted': 'Accept the confidentiality terms first.',
	'rule:thread-closed': 'Messages can be written once the provider has asked a question or is interested.',
	'rule:message-invalid': 'Write a message of at most 5,000 characters.',
	'rule:not-an-open-call': 'This request is not an open call any more.',
	'rule:interest-already-expressed': 'Your organisation has already said it is interested.',
	'rule:user-email-taken': 'A user with the e-mail address {email} already exists.',
	'rule:user-not-found': 'No user has the e-mail address {email}.',
	'rule:not-an-email': 'Not an e-mail address: {value}',
	// Stale-listing nudges (docs/decisions/044).
	'rule:confirm-link-invalid':
		'This link no longer works: it was already used, it expired, or you no longer answer for this listing. Sign in to check the listing instead.',
	'rule:stale-nobody-to-ask':
		'Nobody with an account answers for this listing, so there is no one to ask. Archive it or find its people.',
	'rule:stale-no-capacity': 'Only a GMP facility that keeps suites has capacity windows to ask about.',

	// What any form may say: its hidden trap field's label, a generic choice or requirement, a text too long, an
	// e-mail address (enquiries, requests and invitations ask for one too), too many attempts.
	'accountForm.honeypotLabel': 'Leave this field empty',
	'accountForm.required': 'This field is required.',
	'accountForm.choose': 'Choose one of the options.',
	'accountForm.tooLong': 'This text is too long.',
	'accountForm.emailRequired': 'Enter your e-mail address.',
	'accountForm.emailInvalid': 'Enter an e-mail address such as name@example.org.',
	'auth.rateLimited': 'Too many attempts; try again in {minutes} minutes.',
	'auth.rateLimited.seconds': 'Too many attempts; try again in {seconds} s.',
	'auth.rateLimited.oneMinute': 'Too many attempts; try again in a minute.',
} as const
