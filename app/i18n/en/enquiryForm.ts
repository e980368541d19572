// The establishment office's enquiry form and its fields' checks, on /contact and
// /establish/enquire: a part of its own (text-parts.ts), so the contact page does
// not load the offers' pages and the enquiry thread with it.
export const enquiryForm = {
	'enquiry.form.title': 'Talk to the establishment office',
	'enquiry.form.intro':
		'Tell the establishment office what your company needs (space, land, permits, people) and when. Someone there answers you here and by e-mail, usually within two working days.',
	'enquiry.form.aboutOffer': 'About the offer: {title}',
	'enquiry.form.generalLink': 'Ask about something else',
	'enquiry.form.companySection': 'Your company and what it needs',
	'enquiry.form.contactSection': 'How the office reaches you',
	'enquiry.form.sizeHint': 'In words, or as a number of square metres or desks, or both.',
	'enquiry.form.unitNone': 'No number',
	'enquiry.form.privacy':
		'The establishment office keeps what you write here to answer you; an enquiry nobody confirms lapses after a week, and the contact details in it are erased. The privacy notice says more.',
	'enquiry.form.submit': 'Send to the establishment office',
	'enquiry.form.pending': 'Sending…',
	'enquiry.form.memberNote': 'You are signed in: the office answers on your enquiry’s page and tells you by e-mail.',
	'label.enquiryCompany': 'Company',
	'label.enquiryNeed': 'What do you need?',
	'label.enquirySizeText': 'Size',
	'label.enquirySizeValue': 'Size as a number',
	'label.enquirySizeUnit': 'Unit',
	'label.enquiryTiming': 'When do you need it?',
	'label.enquiryContactName': 'Your name',
	'label.enquiryPhone': 'Phone (optional)',
	'label.enquiryMessage': 'Message',
	'check.enquiryPhone': 'Write a phone number with digits, for example +46 8 123 456 78.',
	'check.enquirySizePair': 'Give both the number and its unit, or neither.',
	'establish.unit.sqm': 'm²',
	'establish.unit.desks': 'desks',
	'label.enquiryHandOverListing': 'Provider',
	'label.enquiryHandOverNote': 'A word to the provider (optional)',
	'label.enquiryOutcome': 'Outcome',
	'label.enquiryOutcomeNote': 'Note (optional)',
} as const
