// The word lists of the understanding step (word-lists.json), typed.
import lists from './word-lists.json'

type Cue = string[]

interface WordLists {
	clauses: { starters: string[]; negationWords: string[] }
	protectedWords: { words: string[] }
	nameSuffixes: { words: string[] }
	polarity: {
		negation: Cue[]
		requestNegation: Cue[]
		past: Cue[]
		referral: Cue[]
		negationReleases: string[]
		scopeBreakers: string[]
	}
	dates: {
		months: Record<string, number>
		availableCues: string[]
		deadlineCues: string[]
		bookedCues: string[]
		bareYearCues: string[]
		endOfPeriod: string[]
	}
	queryPeriods: {
		seasons: Record<string, 'spring' | 'summer' | 'autumn' | 'winter'>
		parts: Record<string, 'early' | 'mid' | 'late'>
		partLinks: string[]
		next: string[]
		current: string[]
		year: string[]
		now: string[]
		introducing: string[]
		needsContext: string[]
	}
	phaseRanges: { words: string[] }
	functionWords: { words: string[] }
	requests: { listingTypeCues: Record<string, Cue[]>; seekingWords: string[]; selfDescriptionOpenings: Cue[] }
}

export const wordLists = lists as unknown as WordLists
