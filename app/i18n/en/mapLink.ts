// The small campus map on a listing's or an offer's page, and its way to
// the full map: the only map texts every public page carries.
export const mapLink = {
	'mapLink.heading': 'On the campus',
	'mapLink.drawing': '{name} marked on a drawing of the Flemingsberg campus',
	'mapLink.show': 'Show on the campus map',
} as const
