// Cleanroom grades in free text: "grade B", "klass C", "renrumsklass B",
// "Grade A (ISO 5), grade C and grade D", "grades B and C". Read the same way
// in search documents, queries, listing text and requests.
import { editDistance } from '../utils/text.ts'
import { gradeWords } from './lexicon.ts'

export type CleanroomGrade = 'A' | 'B' | 'C' | 'D'

/** A word as the grade reader needs it: as written, folded, and its sentence and clause. */
export interface GradeWord {
	raw: string
	folded: string
	sentence?: number
	clause?: number
}

export interface GradeFound {
	grade: CleanroomGrade
	surface: string
	/** The words of the grade: its keyword and its letter. */
	from: number
	to: number
	sentence: number
	clause: number
}

const KEYWORDS = gradeWords.keywords
const LIST_FILLERS = new Set(gradeWords.listFillers)
// A misspelt keyword counts only when it is long: "renrumsklas" yes, "grad" no.
const MIN_MISSPELT_KEYWORD = 8

const keywordCache = new Map<string, boolean>()

function isGradeKeyword(word: string): boolean {
	let result = keywordCache.get(word)
	if (result === undefined) {
		result =
			KEYWORDS.includes(word) ||
			(word.length >= 5 &&
				KEYWORDS.some((keyword) => keyword.length >= MIN_MISSPELT_KEYWORD && editDistance(word, keyword, 1) <= 1))
		if (keywordCache.size > 50_000) keywordCache.clear()
		keywordCache.set(word, result)
	}
	return result
}

/** Every grade the words name, in order. */
export function readGrades(gradeWordsOfText: readonly GradeWord[]): GradeFound[] {
	const found: GradeFound[] = []
	const words = gradeWordsOfText
	for (let index = 0; index < words.length; index += 1) {
		if (!isGradeKeyword(words[index]!.folded)) continue
		let cursor = index + 1
		let afterKeyword = true
		while (cursor < words.length && words[cursor]!.sentence === words[index]!.sentence) {
			const word = words[cursor]!
			const isLetter = /^[a-dA-D]$/.test(word.raw) && (afterKeyword || /^[A-D]$/.test(word.raw))
			if (isLetter) {
				found.push({
					grade: word.raw.toUpperCase() as CleanroomGrade,
					surface: `${words[index]!.raw} ${word.raw}`,
					from: index,
					to: cursor + 1,
					sentence: word.sentence ?? 0,
					clause: word.clause ?? 0,
				})
				afterKeyword = false
			} else if (isGradeKeyword(word.folded)) {
				afterKeyword = true
			} else if (!LIST_FILLERS.has(word.folded)) {
				break
			}
			cursor += 1
		}
		index = cursor - 1
	}
	return found
}
