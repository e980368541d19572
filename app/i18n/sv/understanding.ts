import type { Translation } from '../messages.ts'
import type { understanding as english } from '../en/understanding.ts'

export const understanding: Translation<typeof english> = {
	'search.showingResultsFor': 'Visar träffar för ”{corrected}”',
	'search.namedPeriod': '”{typed}” är {period}.',
	'search.namedPeriod.filter': 'Visa bara GMP-anläggningar med en svit ledig hela den tiden',
	'search.namedPeriod.filterDay': 'Visa bara GMP-anläggningar med en svit ledig den dagen',
	'search.partial': 'Ingen post matchar hela sökningen. De här matchar det mesta av den, närmast först.',
	'search.matchedVia.label': 'Därför träffade den',
	'search.matchedVia.words': '”{typed}” som ”{found}”',
	'search.matchedVia.details.modalities': '{concept}: en av dess modaliteter',
	'search.matchedVia.details.services': '{concept}: en av dess tjänster',
	'search.matchedVia.details.phases': '{concept}: en av dess faser',
	'search.matchedVia.details.grades': '{concept}: en av dess renrumsklasser',
	'search.matchedVia.details.licences': '{concept}: ett av dess tillstånd',
	'search.matchedVia.details.productTypes': '{concept}: en av dess produkttyper',
	'search.matchedVia.details.type': '{concept}: typen av post',
	'search.matchedVia.details.other': '{concept}: enligt dess uppgifter',
}
