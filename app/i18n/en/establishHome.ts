// The home page's call to action towards Establish in Flemingsberg: the only
// establishing texts every public page carries (the rest load with /establish).
export const establishHome = {
	'establish.home.heading': 'Establish in Flemingsberg',
	'establish.home.text': 'Space, land and an establishment office that helps you settle.',
	'establish.home.link': 'See the offers',
} as const
