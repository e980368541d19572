// Swedish postcodes are five digits, written "123 45" on letters and in the
// postal service's own register. People type "12345", "123 45", "SE-123 45"
// or "S-12345"; all of them are one postcode, stored the way it is written.

/** "123 45" for a Swedish postcode typed in any common way, undefined for anything else. */
export function normalisePostcode(typed: string): string | undefined {
	const compact = typed
		.trim()
		.replace(/^s(e)?\s*-?\s*/i, '')
		.replace(/[\s\u00a0]/g, '')
	if (!/^\d{5}$/.test(compact)) return undefined
	// No Swedish postcode starts with 0.
	if (compact.startsWith('0')) return undefined
	return `${compact.slice(0, 3)} ${compact.slice(3)}`
}
