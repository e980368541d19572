// Cleanroom grades in free text: "grade B", "klass C", "renrumsklass B",
// "Grade A (ISO 5), grade C and grade D", "grades B and C".
import { editDistance } from '../../utils/text.ts'
import type { Polarity } from './polarity.ts'
import type { Token } from './tokens.ts'
import { MIN_FUZZY_LENGTH } from './typos.ts'
import { wordLists } from './word-lists.ts'

export interface GradeMention {
	grade: 'A' | 'B' | 'C' | 'D'
	polarity: Polarity
	surface: string
	sentence: number
}

const GRADE_KEYWORDS = wordLists.grades.keywords
const GRADE_LIST_FILLERS = new Set(wordLists.grades.listFillers)

const gradeKeywordCache = new Map<string, boolean>()

function isGradeKeyword(word: string): boolean {
	let result = gradeKeywordCache.get(word)
	if (result === undefined) {
		result = readsAsGradeKeyword(word)
		if (gradeKeywordCache.size > 50_000) gradeKeywordCache.clear()
		gradeKeywordCache.set(word, result)
	}
	return result
}

function readsAsGradeKeyword(stem: string): boolean {
	return (
		GRADE_KEYWORDS.includes(stem) ||
		(stem.length >= MIN_FUZZY_LENGTH &&
			GRADE_KEYWORDS.some((keyword) => keyword.length >= 8 && editDistance(stem, keyword, 1) <= 1))
	)
}

/** "grade B", "klass C", "renrumsklass B", "Grade A (ISO 5), grade C and grade D", "grades B and C". */
export function extractGrades(tokens: Token[], polarities?: Map<number, Polarity>): GradeMention[] {
	const grades: GradeMention[] = []
	for (let index = 0; index < tokens.length; index += 1) {
		if (!isGradeKeyword(tokens[index]!.folded)) continue
		let cursor = index + 1
		let afterKeyword = true
		while (cursor < tokens.length && tokens[cursor]!.sentence === tokens[index]!.sentence) {
			const token = tokens[cursor]!
			const isLetter = /^[a-dA-D]$/.test(token.raw) && (afterKeyword || /^[A-D]$/.test(token.raw))
			if (isLetter) {
				grades.push({
					grade: token.raw.toUpperCase() as GradeMention['grade'],
					polarity: polarities?.get(token.clause) ?? 'affirmed',
					surface: `${tokens[index]!.raw} ${token.raw}`,
					sentence: token.sentence,
				})
				afterKeyword = false
			} else if (isGradeKeyword(token.folded)) {
				afterKeyword = true
			} else if (!GRADE_LIST_FILLERS.has(token.folded)) {
				break
			}
			cursor += 1
		}
		index = cursor - 1
	}
	return grades
}
