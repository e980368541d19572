/**
 * The current address with some query parameters set or removed, keeping the
 * others (e.g. ?lang= survives paging, ?page= survives switching language).
 */
export function hrefWith(
	location: { pathname: string; search: string },
	changes: Record<string, string | null>,
): string {
	const params = new URLSearchParams(location.search)
	for (const [name, value] of Object.entries(changes)) {
		if (value === null) params.delete(name)
		else params.set(name, value)
	}
	const query = params.toString()
	return query ? `${location.pathname}?${query}` : location.pathname
}
