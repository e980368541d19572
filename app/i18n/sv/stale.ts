import type { stale as english } from '../en/stale.ts'
import type { Translation } from '../messages.ts'

export const stale: Translation<typeof english> = {
	'coordinator.nav.stale': 'Inaktuella poster',
	'stale.title': 'Inaktuella poster',
	'stale.intro':
		'Publicerade poster som ingen har ändrat eller bekräftat på {months} månader, de äldsta först. De som står bakom posten tillfrågas en gång per period om den fortfarande stämmer; fråga igen, eller arkivera det som inte längre finns.',
	'stale.empty':
		'Ingen post är inaktuell: alla publicerade poster har ändrats eller bekräftats under de senaste {months} månaderna.',
	'stale.count.one': '{count} inaktuell post',
	'stale.count.other': '{count} inaktuella poster',
	'stale.lastEdited': 'Senast ändrad',
	'stale.published': 'Publicerad',
	'stale.confirmed': 'Senast bekräftad',
	'stale.nudged': 'Senast tillfrågad',
	'stale.never': 'aldrig',
	'stale.notAskedYet': 'inte tillfrågad än',
	'stale.nudge': 'Fråga igen',
	'stale.archive': 'Arkivera',
	'stale.done.nudged': 'De som står bakom posten har fått frågan igen om den fortfarande stämmer.',
	'stale.done.archived': 'Posten har arkiverats. Du kan återställa den från postens sida under Poster.',
	'stale.done.capacityNudged': 'De som står bakom anläggningen har fått frågan igen om sviternas perioder stämmer.',

	'stale.capacity.heading': 'Inaktuella kapacitetsperioder',
	'stale.capacity.intro':
		'GMP-anläggningar vars sviter och perioder ingen har ändrat eller bekräftat på {months} månader, de äldsta först. De som står bakom anläggningen tillfrågas en gång per period om perioderna stämmer; fråga igen, eller uppdatera kalendern själv.',
	'stale.capacity.empty':
		'Alla anläggningars kapacitetsperioder har ändrats eller bekräftats under de senaste {months} månaderna.',
	'stale.capacity.count.one': '{count} anläggning med inaktuella perioder',
	'stale.capacity.count.other': '{count} anläggningar med inaktuella perioder',
	'stale.capacity.suites': 'Sviter',
	'stale.capacity.lastCurrent': 'Senast ändrade eller bekräftade',
	'stale.capacity.edit': 'Kapacitetskalender',

	'stale.confirm.title': 'Stämmer {listing} fortfarande?',
	'stale.confirm.intro':
		'Om det som står om {listing} i ATMP Flemingsbergs katalog fortfarande stämmer kan du bekräfta det här. Hubben frågar då inte igen på {months} månader.',
	'stale.confirm.button': 'Ja, det stämmer fortfarande',
	'stale.confirm.edit': 'Har något ändrats? Föreslå en ändring',
	'stale.confirm.invalidTitle': 'Länken fungerar inte längre',
	'stale.confirm.invalidBody':
		'Den har redan använts, den har gått ut eller så finns posten inte längre i katalogen. Logga in och kontrollera dina poster.',
	'stale.confirm.myListings': 'Till mina poster',
	'stale.confirm.doneTitle': 'Tack',
	'stale.confirm.doneBody': '{listing} är bekräftad som aktuell.',
	'stale.confirm.capacityTitle': 'Stämmer perioderna för sviterna i {listing} fortfarande?',
	'stale.confirm.capacityIntro':
		'Om de lediga, preliminära och bokade perioderna för sviterna i {listing} fortfarande stämmer kan du bekräfta det här. Hubben frågar då inte igen på {months} månader.',
	'stale.confirm.capacityButton': 'Ja, perioderna stämmer',
	'stale.confirm.capacityEdit': 'Har något ändrats? Uppdatera perioderna',
	'stale.confirm.capacityDoneBody': 'Perioderna för sviterna i {listing} är bekräftade som aktuella.',
}
