// The evidence behind a listing's verified badge (issue 15), on its public page.
export const evidence = {
	'evidence.heading': 'Verified by the hub',
	'evidence.general': 'General verification',
	'evidence.reference': 'reference {reference}',
	'evidence.validUntil': 'valid until {date}',
	'evidence.noExpiry': 'no expiry date',
	'evidence.public': 'Show the licence, reference and expiry to visitors too (members always see them)',
	'evidence.shownToVisitors': 'shown to visitors',
} as const
