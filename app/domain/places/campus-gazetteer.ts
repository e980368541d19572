// Known buildings on the Flemingsberg campus (Huddinge, south of Stockholm),
// so an organisation that gives its street address gets a position on the
// map without anyone typing degrees. Positions are approximate to the
// building (within about a hundred metres), which is what a directory map
// needs; an organisation that wants its own entrance marked sets it by hand.

export interface CampusBuilding {
	/** The campus name filled in for an organisation in the building. */
	campus: string
	/** The building's Swedish name, where it has one of its own (maps and Swedish pages). */
	nameSv?: string
	/** Street and number as the building's owner writes them. */
	street: string
	/** "123 45"; a building may receive mail at more than one. */
	postcodes: readonly [string, ...string[]]
	city: string
	lat: number
	lng: number
}

export const campusGazetteer: readonly CampusBuilding[] = [
	{
		campus: 'Novum',
		street: 'Hälsovägen 7',
		postcodes: ['141 57'],
		city: 'Huddinge',
		lat: 59.2196,
		lng: 17.9373,
	},
	{
		campus: 'Karolinska University Hospital Huddinge',
		nameSv: 'Karolinska Universitetssjukhuset Huddinge',
		street: 'Hälsovägen 13',
		postcodes: ['141 57', '141 86'],
		city: 'Huddinge',
		lat: 59.2214,
		lng: 17.9382,
	},
	{
		campus: 'KTH Flemingsberg',
		street: 'Hälsovägen 11C',
		postcodes: ['141 57', '141 52'],
		city: 'Huddinge',
		lat: 59.2203,
		lng: 17.9393,
	},
	{
		campus: 'Karolinska Institutet, campus Flemingsberg',
		street: 'Alfred Nobels allé 8',
		postcodes: ['141 52'],
		city: 'Huddinge',
		lat: 59.2199,
		lng: 17.9424,
	},
	{
		campus: 'Södertörn University',
		nameSv: 'Södertörns högskola',
		street: 'Alfred Nobels allé 7',
		postcodes: ['141 89'],
		city: 'Huddinge',
		lat: 59.2192,
		lng: 17.9441,
	},
]
