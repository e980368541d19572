// Texts of what the portal understood in a query or request: corrections,
// partial matches, why a result matched.
export const understanding = {
	'search.showingResultsFor': 'Showing results for “{corrected}”',
	'search.namedPeriod': '“{typed}” is {period}.',
	'search.namedPeriod.filter': 'Show only GMP facilities with a suite free all that time',
	'search.namedPeriod.filterDay': 'Show only GMP facilities with a suite free that day',
	'search.partial': 'No listing matches every part of your search. These match most of it, the closest first.',
	'search.matchedVia.label': 'Why it matched',
	'search.matchedVia.words': '“{typed}” as “{found}”',
	'search.matchedVia.details.modalities': '{concept}: one of its modalities',
	'search.matchedVia.details.services': '{concept}: one of its services',
	'search.matchedVia.details.phases': '{concept}: one of its phases',
	'search.matchedVia.details.grades': '{concept}: one of its cleanroom grades',
	'search.matchedVia.details.licences': '{concept}: one of its licences',
	'search.matchedVia.details.productTypes': '{concept}: one of its product types',
	'search.matchedVia.details.type': '{concept}: the kind of listing',
	'search.matchedVia.details.other': '{concept}: from its details',
} as const
