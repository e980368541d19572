// Cleanroom grades a text names, each with the polarity of its clause.
import { readGrades, type CleanroomGrade } from '../../taxonomy/grades.ts'
import type { Polarity } from './polarity.ts'
import type { Token } from './tokens.ts'

export interface GradeMention {
	grade: CleanroomGrade
	polarity: Polarity
	surface: string
	sentence: number
}

/** "grade B", "klass C", "renrumsklass B", "Grade A (ISO 5), grade C and grade D", "grades B and C". */
export function extractGrades(tokens: Token[], polarities?: Map<number, Polarity>): GradeMention[] {
	return readGrades(tokens).map((found) => ({
		grade: found.grade,
		polarity: polarities?.get(found.clause) ?? 'affirmed',
		surface: found.surface,
		sentence: found.sentence,
	}))
}
