import { z } from 'zod'
import { optionalText, requireOneCompleteLanguage } from '../content/bilingual-text.ts'
import { imageFields, imageNeedsAlt } from '../listings/interchange.ts'

// One schema for the news form, shared by the page (Conform checks with it in
// the browser), the action and the demo seed. A news item is published in at
// least one language complete (title, lead and body); the other language is
// optional, but a started one must be finished, or readers of that language
// would get a title without its text.

export const NEWS_LIMITS = { title: 160, lead: 400, body: 20_000 } as const

const languageFields = ['title', 'lead', 'body'] as const

export const newsSchema = z
	.object({
		titleEn: optionalText(NEWS_LIMITS.title),
		leadEn: optionalText(NEWS_LIMITS.lead),
		bodyEn: optionalText(NEWS_LIMITS.body),
		titleSv: optionalText(NEWS_LIMITS.title),
		leadSv: optionalText(NEWS_LIMITS.lead),
		bodySv: optionalText(NEWS_LIMITS.body),
		// The key is the server's, set once it has checked the upload (app/domain/images/image-input.server.ts).
		...imageFields,
	})
	.superRefine((news, ctx) => {
		requireOneCompleteLanguage(news, languageFields, ctx)
		imageNeedsAlt(news, ctx)
	})

export type NewsInput = z.output<typeof newsSchema>
