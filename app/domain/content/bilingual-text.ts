import { z } from 'zod'
import { message } from '../messages.ts'

// What the hub writes (news, events) is written in English, Swedish or both:
// one language complete, the other optional, and a started language finished,
// or its readers would get a title without its text. One rule for every such
// form, shared by the browser's check, the action and the demo seed.

/** A text field that may be left empty (empty and blank are "not written"). */
export const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max, message('publishing.check.tooLong', { max }))
		.optional()
		.transform((value) => (value ? value : undefined))

/**
 * Refuses a record with no complete language, naming the fields: a started
 * language names its own gaps; with nothing written at all, the English
 * fields ask for one language or the other.
 */
export function requireOneCompleteLanguage(
	record: Record<string, unknown>,
	fields: readonly string[],
	ctx: z.RefinementCtx,
): void {
	const languages = (['En', 'Sv'] as const).map((suffix) => ({
		suffix,
		missing: fields.filter((field) => !record[`${field}${suffix}`]),
	}))
	const someComplete = languages.some((language) => language.missing.length === 0)
	for (const { suffix, missing } of languages) {
		const started = missing.length < fields.length
		const key = started
			? 'publishing.check.completeLanguage'
			: !someComplete && suffix === 'En'
				? 'publishing.check.oneLanguage'
				: undefined
		if (key) for (const field of missing) ctx.addIssue({ code: 'custom', path: [`${field}${suffix}`], message: key })
	}
}
