import { prisma } from '~/utils/db.server.ts'
import { locales } from '~/i18n/locale.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { firstTexts } from './first-texts/index.ts'
import type { SitePageInput } from './schemas.ts'
import { columnsOf, textsOf } from './site-page-record.ts'
import { fieldName, sitePageTextFields, type SitePageKey, type SitePageTexts } from './site-page-keys.ts'

/** The form's values as the page's texts: a language without a title is not written. */
function textsOfInput(input: SitePageInput): SitePageTexts {
	return Object.fromEntries(
		locales.map((locale) => {
			const title = input[fieldName('title', locale)]
			if (!title) return [locale, null]
			return [
				locale,
				{ title, lead: input[fieldName('lead', locale)] ?? '', body: input[fieldName('body', locale)] ?? '' },
			]
		}),
	) as SitePageTexts
}

/**
 * A coordinator saves one of the hub's pages, both languages at once. The
 * form carries the version it was opened on: when someone saved the page in
 * between, the save is refused (409) with the typed text kept on the form,
 * never written over the other edit. One transaction with its audit entry,
 * which names the fields that changed.
 */
export async function updateSitePage(
	actor: Actor,
	key: SitePageKey,
	input: SitePageInput,
	now: Date = new Date(),
): Promise<{ version: number; changed: string[] }> {
	assertCan(actor, 'content.publish')
	const after = columnsOf(textsOfInput(input))
	return prisma().$transaction(async (tx) => {
		const current = await tx.sitePage.findUnique({ where: { key } })
		if ((current?.version ?? 0) !== input.version) throw new RuleError('site-page-changed-meanwhile')
		const before = columnsOf(current ? textsOf(current) : firstTexts[key])
		const changed = locales.flatMap((locale) =>
			sitePageTextFields.map((field) => fieldName(field, locale)).filter((name) => before[name] !== after[name]),
		)
		if (changed.length === 0) return { version: input.version, changed }
		const version = input.version + 1
		if (current) {
			const { count } = await tx.sitePage.updateMany({
				where: { key, version: input.version },
				data: { ...after, version, updatedAt: now, updatedById: actor.userId },
			})
			if (count === 0) throw new RuleError('site-page-changed-meanwhile')
		} else {
			const { count } = await tx.sitePage.createMany({
				data: [{ key, ...after, version, updatedAt: now, updatedById: actor.userId }],
				skipDuplicates: true,
			})
			if (count === 0) throw new RuleError('site-page-changed-meanwhile')
		}
		await recordAudit(tx, {
			actorId: actor.userId,
			action: 'sitePage.updated',
			entityType: 'sitePage',
			entityId: key,
			changes: { fields: changed },
		})
		return { version, changed }
	})
}
