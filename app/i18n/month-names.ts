import type { Locale } from './locale.ts'

// Month names from the runtime's locale data rather than hand-kept lists.
const cache = new Map<Locale, string[]>()

export function monthNames(locale: Locale): string[] {
	let names = cache.get(locale)
	if (!names) {
		const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' })
		names = Array.from({ length: 12 }, (_, month) => format.format(new Date(Date.UTC(2020, month, 1))))
		cache.set(locale, names)
	}
	return names
}
