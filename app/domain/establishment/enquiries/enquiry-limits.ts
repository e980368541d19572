// How long each part of an enquiry may be: the schema checks it, and the form
// says it with maxLength without loading the schema (and Zod) with the page.
export const enquiryLimits = {
	company: 160,
	need: 4_000,
	sizeText: 200,
	timing: 200,
	contactName: 120,
	phone: 40,
	message: 4_000,
	outcomeNote: 2_000,
	size: 1_000_000,
	slug: 200,
} as const
