import { z } from 'zod'
import { message } from '../messages.ts'

// One schema for the news form, shared by the page (Conform checks with it in
// the browser), the action and the demo seed. A news item is published in at
// least one language complete (title, lead and body); the other language is
// optional, but a started one must be finished, or readers of that language
// would get a title without its text.

export const NEWS_LIMITS = { title: 160, lead: 400, body: 20_000 } as const

const text = (max: number) =>
	z
		.string()
		.trim()
		.max(max, message('publishing.check.tooLong', { max }))
		.optional()
		.transform((value) => (value ? value : undefined))

const languageFields = ['title', 'lead', 'body'] as const

export const newsSchema = z
	.object({
		titleEn: text(NEWS_LIMITS.title),
		leadEn: text(NEWS_LIMITS.lead),
		bodyEn: text(NEWS_LIMITS.body),
		titleSv: text(NEWS_LIMITS.title),
		leadSv: text(NEWS_LIMITS.lead),
		bodySv: text(NEWS_LIMITS.body),
	})
	.superRefine((news, ctx) => {
		const languages = (['En', 'Sv'] as const).map((suffix) => ({
			suffix,
			missing: languageFields.filter((field) => !news[`${field}${suffix}`]),
		}))
		const complete = languages.filter((language) => language.missing.length === 0)
		for (const { suffix, missing } of languages) {
			const started = missing.length < languageFields.length
			// With nothing complete, the English fields say what is missing; a started language names its own gaps.
			if (started || (complete.length === 0 && suffix === 'En')) {
				for (const field of missing) {
					ctx.addIssue({ code: 'custom', path: [`${field}${suffix}`], message: 'publishing.check.completeLanguage' })
				}
			}
		}
	})

export type NewsInput = z.output<typeof newsSchema>
