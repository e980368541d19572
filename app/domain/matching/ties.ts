// Suggestions that show the same score must not look the same: a coordinator
// sees why one is above the other. Among candidates with equal shown scores,
// the ranking is decided by the request's own words in the listing's text
// (then verification, then the reference), so each tied candidate says which
// of the request's words its text shares.
import { bm25Terms } from './bm25.ts'
import { searchableText, type MatchListing } from './profile.ts'
import type { RankedCandidate } from './rank.ts'
import { reason, type Reason } from './reasons.ts'
import { scorePercent } from './scoring.ts'

// Enough words to tell candidates apart; the card stays readable.
const MAX_WORDS_SHOWN = 5

/** Adds a reason to every candidate whose shown score another candidate of the list shares. */
export function explainTies(
	ranked: ReadonlyArray<{ candidate: RankedCandidate; listing: MatchListing }>,
	requestText: string,
): void {
	const byPercent = new Map<number, number>()
	for (const { candidate } of ranked) {
		const percent = scorePercent(candidate.score)
		byPercent.set(percent, (byPercent.get(percent) ?? 0) + 1)
	}
	if (![...byPercent.values()].some((count) => count > 1)) return
	const requestWords = new Set(bm25Terms(requestText))
	const wordsOf = new Map<string, string[]>()
	for (const { candidate, listing } of ranked) {
		if ((byPercent.get(scorePercent(candidate.score)) ?? 0) < 2) continue
		const listingWords = new Set(bm25Terms(searchableText(listing)))
		wordsOf.set(candidate.ref, [...requestWords].filter((word) => listingWords.has(word)).sort())
	}
	let previous: { percent: number; words: string; verified: boolean } | undefined
	for (const { candidate } of ranked) {
		const shared = wordsOf.get(candidate.ref)
		if (!shared) {
			previous = undefined
			continue
		}
		const percent = scorePercent(candidate.score)
		const words = shared.join(' ')
		const verified = candidate.evidence.verified
		const sameAsAbove = previous?.percent === percent && previous.words === words && previous.verified === verified
		insertBeforeVerification(candidate.reasons, tieReason(shared, sameAsAbove))
		previous = { percent, words, verified }
	}
}

function tieReason(shared: string[], sameAsAbove: boolean): Reason {
	if (sameAsAbove) return reason('tie.equal', 'reason.tieEqual')
	if (!shared.length) return reason('tie.words', 'reason.tieNoWords')
	const shown = shared.slice(0, MAX_WORDS_SHOWN).join(', ')
	const more = shared.length > MAX_WORDS_SHOWN ? ', …' : ''
	return reason('tie.words', 'reason.tieWords', { count: shared.length, words: `${shown}${more}` })
}

/** With the other reasons that fit, before "verified" and the cautions. */
function insertBeforeVerification(reasons: Reason[], reason: Reason): void {
	const at = reasons.findIndex((existing) => existing.code === 'verified' || existing.code.startsWith('caution.'))
	if (at < 0) reasons.push(reason)
	else reasons.splice(at, 0, reason)
}
