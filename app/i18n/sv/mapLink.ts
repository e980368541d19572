import type { Translation } from '../messages.ts'
import type { mapLink as english } from '../en/mapLink.ts'

export const mapLink: Translation<typeof english> = {
	'mapLink.heading': 'På campus',
	'mapLink.drawing': '{name} utmärkt på en ritning av campus Flemingsberg',
	'mapLink.show': 'Visa på campuskartan',
} as const
