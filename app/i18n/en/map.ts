// The campus map (/map): its own part of the texts, loaded by its page only.
export const map = {
	'map.title': 'Campus map',
	'map.description':
		'Organisations, GMP facilities, labs, offers and landmarks on the Flemingsberg campus, on a map and as a list.',
	'map.intro':
		'Where the hub’s organisations, GMP facilities and labs are, where there is space to establish, and the buildings to find your way by. Every place on the map is also in the list.',
	'map.filter.heading': 'Show',
	'map.filter.apply': 'Show on the map',
	'map.filter.all': 'Show everything',
	'map.kind.landmark': 'Landmarks',
	'map.kind.organization': 'Organisations',
	'map.kind.facility': 'GMP facilities',
	'map.kind.lab': 'Labs',
	'map.kind.offer': 'Offers to establish',
	'map.one.landmark': 'Landmark',
	'map.one.organization': 'Organisation',
	'map.one.facility': 'GMP facility',
	'map.one.lab': 'Lab',
	'map.one.offer': 'Offer',
	'map.marker': '{kind}: {name}',
	'map.drawing.title': 'Drawn map of the Flemingsberg campus',
	'map.drawing.description':
		'A simplified drawing of the campus with the commuter railway, Flemingsberg station, Hälsovägen and Alfred Nobels allé. Each marked place is a link; the list beside the map has the same places.',
	'map.drawing.note': 'A simplified drawing; positions are approximate.',
	'map.station': 'Flemingsberg station',
	'map.rail': 'Commuter rail',
	'map.list.heading': 'Places on the map',
	'map.list.count.one': '{count} place',
	'map.list.count.other': '{count} places',
	'map.empty': 'Nothing of the kinds you chose has a place on the map yet.',
	'map.focused': 'Marked on the map',
	'map.open': 'Open',
} as const
