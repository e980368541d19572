import type { evidence as english } from '../en/evidence.ts'
import type { Translation } from '../messages.ts'

export const evidence: Translation<typeof english> = {
	'evidence.heading': 'Verifierad av hubben',
	'evidence.general': 'Allmän verifiering',
	'evidence.reference': 'referens {reference}',
	'evidence.validUntil': 'giltig till och med {date}',
	'evidence.noExpiry': 'inget slutdatum',
	'evidence.public': 'Visa licens, referens och slutdatum även för besökare (medlemmar ser dem alltid)',
	'evidence.shownToVisitors': 'visas för besökare',
}
