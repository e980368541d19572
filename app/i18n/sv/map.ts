import type { Translation } from '../messages.ts'
import type { map as english } from '../en/map.ts'

export const map: Translation<typeof english> = {
	'map.title': 'Campuskarta',
	'map.description':
		'Organisationer, GMP-anläggningar, labb, erbjudanden och landmärken på campus Flemingsberg, på en karta och som lista.',
	'map.intro':
		'Här finns navets organisationer, GMP-anläggningar och labb, platser där ditt företag kan etablera sig, och byggnaderna att hitta efter. Allt som syns på kartan finns också i listan.',
	'map.filter.heading': 'Visa',
	'map.filter.apply': 'Visa på kartan',
	'map.filter.all': 'Visa allt',
	'map.kind.landmark': 'Landmärken',
	'map.kind.organization': 'Organisationer',
	'map.kind.facility': 'GMP-anläggningar',
	'map.kind.lab': 'Labb',
	'map.kind.offer': 'Erbjudanden för etablering',
	'map.one.landmark': 'Landmärke',
	'map.one.organization': 'Organisation',
	'map.one.facility': 'GMP-anläggning',
	'map.one.lab': 'Labb',
	'map.one.offer': 'Erbjudande',
	'map.marker': '{kind}: {name}',
	'map.drawing.title': 'Ritad karta över campus Flemingsberg',
	'map.drawing.description':
		'En förenklad ritning av campus med pendeltågsbanan, Flemingsbergs station, Hälsovägen och Alfred Nobels allé. Varje utmärkt plats är en länk; listan bredvid kartan har samma platser.',
	'map.drawing.note': 'En förenklad ritning; lägena är ungefärliga. Den streckade linjen är pendeltågsbanan.',
	'map.offDrawing.one': '{count} plats ligger utanför den här ritningen av campus; den finns i listan.',
	'map.offDrawing.other': '{count} platser ligger utanför den här ritningen av campus; de finns i listan.',
	'map.station': 'Flemingsbergs station',
	'map.list.heading': 'Platser på kartan',
	'map.list.count.one': '{count} plats',
	'map.list.count.other': '{count} platser',
	'map.empty': 'Inget av det du valde har någon plats på kartan än.',
	'map.focused': 'Utmärkt på kartan',
	'map.open': 'Öppna',
} as const
