// What POST /api/v1/match-suggestions answers, as a Zod schema for the
// OpenAPI document; the contract tests hold real answers against it.
import { z } from 'zod'
import { listingTypes } from '../directory/types.ts'

const reasonSchema = z
	.object({
		code: z.string().describe('Stable identifier of the kind of reason, e.g. "service.offered".'),
		text: z.object({ en: z.string(), sv: z.string() }).strict().describe('The reason in English and Swedish.'),
	})
	.strict()

export const suggestionsAnswerSchema = z
	.object({
		suggestions: z
			.array(
				z
					.object({
						ref: z.string(),
						type: z.enum(listingTypes),
						name: z.string(),
						url: z.string().nullable().describe("Path of the provider's page on the portal."),
						score: z.number().describe('Relevance, higher first; four decimals.'),
						reasons: z.array(reasonSchema),
					})
					.strict(),
			)
			.describe('Ranked providers, best first.'),
	})
	.strict()
