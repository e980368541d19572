import type { Translation } from '../messages.ts'
import type { capacity as english } from '../en/capacity.ts'

// GMP-kapacitet som besökare ser den: kalendern på en anläggnings sida och
// filtret på ledig kapacitet i sök och katalog (docs/decisions/042).
export const capacity: Translation<typeof english> = {
	'capacity.edit': 'Redigera kapacitet',
	'capacity.heading': 'Kapacitet',
	'capacity.intro':
		'De kommande tolv månaderna för varje svit, så som anläggningen håller dem aktuella. Be hubben om hjälp att boka.',
	'capacity.state.free': 'Ledig',
	'capacity.state.tentative': 'Preliminärt bokad',
	'capacity.state.booked': 'Bokad',
	'capacity.state.unknown': 'Okänt',
	'capacity.suite': '{name}',
	'capacity.suiteWithGrade': '{name} (klass {grade})',
	'capacity.calendarCaption': 'Kapacitet i {suite} per månad',
	'capacity.month': 'Månad',
	'capacity.monthState': '{month}: {state}',
	'capacity.legend':
		'Varje månad visar om någon del av den är ledig; annars preliminärt bokad, bokad eller okänt när inget är inlagt.',
	'capacity.windowsHeading': 'Alla perioder',
	'capacity.window': '{state} från {from} till {to}',
	'capacity.noWindows': 'Inga perioder inlagda.',
	'capacity.none': 'Anläggningen har ingen kapacitetskalender här.',
	'capacity.availableFromOnly': 'Tillgänglig från {date}.',
	'capacity.updated': 'Senast ändrad {date}.',
	'capacity.filter.heading': 'Ledig kapacitet',
	'capacity.filter.by': 'Ledig senast',
	'capacity.filter.byHint': 'En ledig period som har börjat senast den dagen och inte har tagit slut.',
	'capacity.filter.from': 'Ledig från',
	'capacity.filter.to': 'Ledig till',
	'capacity.filter.rangeHint': 'En ledig period som täcker hela tiden.',
	'capacity.filter.active.by': 'Ledig senast {date}',
	'capacity.filter.active.range': 'Ledig {from} till {to}',
	'capacity.filter.clear': 'All kapacitet',
}
