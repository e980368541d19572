// Needs said with a verb and its object: "someone to produce our vector",
// "tillverka våra celler", "who can store the doses". Which service a verb
// asks for depends on what it is done to: producing a vector is vector
// production, producing cells is GMP manufacturing.
import { needFrames } from '../../taxonomy/lexicon.ts'
import { stemToken } from '../../taxonomy/morphology.ts'
import { spotPhrases } from '../../taxonomy/vocabulary.ts'
import { words } from '../../utils/text.ts'
import type { Token } from './tokens.ts'

export interface FrameNeed {
	service: string
	/** Index of the verb's first word. */
	from: number
	/** The verb's words. */
	words: number[]
	/** The object's words when the object is a phrase of the frame ("klinisk prövning" after "ansökan om"), not a modality. */
	object?: { from: number; to: number }
	/** The words that made it, for explanations ("produce … vector"). */
	form: string
}

// An object further from its verb than this belongs to another thought.
const REACH = 6

const keysOf = (phrase: string) => words(phrase).map((word) => stemToken(word.folded))

const frames = needFrames.map((frame) => ({
	service: frame.service,
	// "A supplier of X" asks what "supply X" asks: the one who does it reads as the doing.
	verbs: [...frame.verbs, ...(frame.agents ?? [])].map(keysOf),
	objects: frame.objects.map(keysOf),
	modalities: new Set(frame.modalities),
}))

function startsWith(tokens: readonly Token[], at: number, keys: readonly string[]): boolean {
	return keys.every((key, offset) => tokens[at + offset]?.stem === key)
}

/** Modality of each token that is part of a modality phrase. */
function modalitiesAt(tokens: readonly Token[]): Map<number, string> {
	const result = new Map<number, string>()
	for (const match of spotPhrases(tokens, { vocabularies: new Set(['modalities']) }))
		for (let index = match.from; index < match.to; index += 1) result.set(index, match.entries[0]!.code)
	return result
}

/** Every verb-and-object need in the tokens, one per verb (the first frame that fits). */
export function frameNeeds(tokens: readonly Token[]): FrameNeed[] {
	const needs: FrameNeed[] = []
	let modalities: Map<number, string> | undefined
	for (let at = 0; at < tokens.length; at += 1) {
		for (const frame of frames) {
			const verb = frame.verbs.find((keys) => startsWith(tokens, at, keys))
			if (!verb) continue
			modalities ??= modalitiesAt(tokens)
			const clause = tokens[at]!.clause
			let fits = false
			for (let next = at + verb.length; next < Math.min(tokens.length, at + verb.length + REACH); next += 1) {
				if (tokens[next]!.clause !== clause) break
				const modality = modalities.get(next)
				if (
					(modality && frame.modalities.has(modality)) ||
					frame.objects.some((keys) => startsWith(tokens, next, keys))
				) {
					fits = true
					break
				}
			}
			if (!fits) continue
			const verbWords = Array.from({ length: verb.length }, (_, offset) => at + offset)
			needs.push({
				service: frame.service,
				from: at,
				words: verbWords,
				form: verbWords.map((index) => tokens[index]!.raw).join(' '),
			})
			break
		}
	}
	return needs
}
