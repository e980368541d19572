import { z } from 'zod'
import { locales } from '~/i18n/locale.ts'
import { fieldSchemas } from '../listings/interchange-fields.ts'
import { message } from '../messages.ts'
import { fieldName, sitePageLimits, sitePageTextFields } from './site-page-keys.ts'

// The coordinator's form for one of the hub's pages: title, lead and body in
// each language. A language left wholly empty is a page not yet translated;
// one with any text needs its title and body, and at least one language must
// be written, so a visitor never meets an empty page.

const { optionalLine, optionalParagraphs } = fieldSchemas

export const sitePageSchema = z
	.object({
		/** The version the form was opened on: a save over someone else's newer one is refused. */
		version: z
			.string({ required_error: message('sitePages.edit.stale') })
			.regex(/^(0|[1-9]\d{0,8})$/, message('sitePages.edit.stale'))
			.transform(Number),
		titleEn: optionalLine('label.sitePageTitle', sitePageLimits.title),
		leadEn: optionalParagraphs('label.sitePageLead', sitePageLimits.lead),
		bodyEn: optionalParagraphs('label.sitePageBody', sitePageLimits.body),
		titleSv: optionalLine('label.sitePageTitle', sitePageLimits.title),
		leadSv: optionalParagraphs('label.sitePageLead', sitePageLimits.lead),
		bodySv: optionalParagraphs('label.sitePageBody', sitePageLimits.body),
	})
	.superRefine((page, ctx) => {
		const required = (path: string, label: 'label.sitePageTitle' | 'label.sitePageBody') =>
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message: message('check.required', { label }) })
		const written = locales.filter((locale) => sitePageTextFields.some((field) => page[fieldName(field, locale)]))
		for (const locale of written) {
			if (!page[fieldName('title', locale)]) required(fieldName('title', locale), 'label.sitePageTitle')
			if (!page[fieldName('body', locale)]) required(fieldName('body', locale), 'label.sitePageBody')
		}
		if (written.length === 0) {
			required('titleEn', 'label.sitePageTitle')
			required('bodyEn', 'label.sitePageBody')
		}
	})

export type SitePageInput = z.output<typeof sitePageSchema>
