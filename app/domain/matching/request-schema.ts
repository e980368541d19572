import { z } from 'zod'
import { isCode, type VocabularyName } from '../../taxonomy/taxonomy.ts'
import { isIsoCalendarDate } from '../listings/interchange-fields.ts'
import type { MatchRequest } from './needs.ts'

// The match-request shape of the interchange format (shared by the API, the
// `hub suggest` command and, later, the request form). Unknown codes are
// errors naming the field, never silently dropped.

const codes = (vocabulary: VocabularyName, label: string) =>
	z
		.array(z.string().trim().toLowerCase())
		.max(20)
		.superRefine((values, ctx) => {
			for (const value of values) {
				if (!isCode(vocabulary, value) && !isCode(vocabulary, value.toUpperCase())) {
					ctx.addIssue({ code: z.ZodIssueCode.custom, message: `Unknown ${label} code "${value}"` })
				}
			}
		})
		.optional()
		.describe(`Taxonomy codes of the ${label}s needed; an unknown code is an error.`)

const structuredNeeds = {
	services: codes('services', 'service'),
	modalities: codes('modalities', 'modality'),
	phase: z
		.string()
		.trim()
		.refine(
			(value) => isCode('phases', value),
			(value) => ({ message: `Unknown phase code "${value}"` }),
		)
		.optional()
		.describe('Taxonomy code of the development phase, e.g. "phase-1".'),
	neededBy: z
		.string()
		.refine(isIsoCalendarDate, 'neededBy must be a date written YYYY-MM-DD')
		.optional()
		.describe('When the service is needed, written YYYY-MM-DD.'),
	requiredGrades: z
		.array(z.enum(['A', 'B', 'C', 'D']))
		.max(4)
		.optional(),
	requiredLicences: codes('licences', 'licence'),
	listingType: z
		.enum(['organization', 'lab', 'facility', 'expert'])
		.optional()
		.describe('Only suggest listings of this type.'),
}

export const matchRequestSchema = z
	.object({
		ref: z.string().trim().max(100).optional(),
		title: z.string().trim().min(3, 'title is required (at least 3 characters)').max(200),
		description: z.string().trim().max(10_000).optional().describe('The need in your own words, English or Swedish.'),
		...structuredNeeds,
		structured: z
			.object(structuredNeeds)
			.partial()
			.passthrough()
			.nullish()
			.describe(
				'The same needs nested, as the interchange format writes them; a nested value wins over the top-level one.',
			),
	})
	.passthrough()

export function parseMatchRequest(
	input: unknown,
): { ok: true; request: MatchRequest } | { ok: false; issues: Array<{ field: string; message: string }> } {
	const parsed = matchRequestSchema.safeParse(input)
	if (parsed.success) return { ok: true, request: parsed.data as MatchRequest }
	return {
		ok: false,
		issues: parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'request', message: issue.message })),
	}
}
