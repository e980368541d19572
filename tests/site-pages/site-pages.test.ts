// The hub's own pages as use cases: the first texts are written once and
// never over a coordinator's edit, a save is checked field by field and
// refused when someone saved first, and what a visitor reads is safe HTML in
// their language or, marked, in the other one.
import { describe, expect, it } from 'vitest'
import { PermissionDenied } from '../../app/domain/auth/permissions.ts'
import { RuleError } from '../../app/domain/rules.ts'
import { ensureSitePages } from '../../app/domain/site-pages/ensure-site-pages.server.ts'
import { firstTexts } from '../../app/domain/site-pages/first-texts/index.ts'
import { readSitePage } from '../../app/domain/site-pages/read-site-page.server.ts'
import { sitePageSchema, type SitePageInput } from '../../app/domain/site-pages/schemas.ts'
import { showSitePage } from '../../app/domain/site-pages/show-site-page.server.ts'
import { sitePageKeys, sitePageLimits } from '../../app/domain/site-pages/site-page-keys.ts'
import { sitePagesForCoordinators } from '../../app/domain/site-pages/site-pages-for-coordinators.server.ts'
import { updateSitePage } from '../../app/domain/site-pages/update-site-page.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()

/** The form as a browser posts it: every field a string. */
function form(values: Partial<Record<keyof SitePageInput, string>>) {
	return {
		version: '1',
		titleEn: 'About us',
		leadEn: '',
		bodyEn: 'We are a hub.',
		titleSv: 'Om oss',
		leadSv: '',
		bodySv: 'Vi är ett nav.',
		...values,
	}
}

function parsed(values: Partial<Record<keyof SitePageInput, string>>): SitePageInput {
	return sitePageSchema.parse(form(values))
}

function issuesOf(values: Partial<Record<keyof SitePageInput, string>>) {
	const result = sitePageSchema.safeParse(form(values))
	if (result.success) return {}
	return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]))
}

async function auditOf(key: string) {
	return prisma().auditEntry.findMany({ where: { entityType: 'sitePage', entityId: key }, orderBy: { id: 'asc' } })
}

describe('the first texts', () => {
	it('are written once for every page, with an audit entry each, and a second start writes nothing', async () => {
		expect(await ensureSitePages()).toEqual(['about', 'contact', 'privacy'])
		expect(await ensureSitePages()).toEqual([])
		for (const key of sitePageKeys) {
			const page = await readSitePage(key)
			expect(page.texts).toEqual(firstTexts[key])
			expect(page.version).toBe(1)
			expect((await auditOf(key)).map((entry) => [entry.action, entry.actorId])).toEqual([['sitePage.created', null]])
		}
	})

	it('never overwrite a coordinator’s edit, even when processes start together', async () => {
		const coordinator = await createUser({ platformRole: 'coordinator' })
		const current = await readSitePage('contact')
		await updateSitePage(
			coordinator,
			'contact',
			parsed({ version: String(current.version), titleEn: 'Write to us', bodyEn: 'hub@example.org' }),
		)
		expect(await Promise.all([ensureSitePages(), ensureSitePages()])).toEqual([[], []])
		const page = await readSitePage('contact')
		expect(page.texts.en).toEqual({ title: 'Write to us', lead: '', body: 'hub@example.org' })
		expect(page.updatedById).toBe(coordinator.userId)
	})

	it('are whole in both languages and pass the form’s own checks', () => {
		for (const key of sitePageKeys) {
			const texts = firstTexts[key]
			for (const text of [texts.en, texts.sv]) {
				expect(text?.title, key).toBeTruthy()
				expect(text?.lead, key).toBeTruthy()
				expect(text?.body.length, key).toBeGreaterThan(200)
				expect(text!.body.length).toBeLessThanOrEqual(sitePageLimits.body)
			}
			const result = sitePageSchema.safeParse({
				version: '1',
				titleEn: texts.en!.title,
				leadEn: texts.en!.lead,
				bodyEn: texts.en!.body,
				titleSv: texts.sv!.title,
				leadSv: texts.sv!.lead,
				bodySv: texts.sv!.body,
			})
			expect(result.success, `${key}: ${JSON.stringify(result.error?.issues)}`).toBe(true)
		}
	})

	it('tell visitors how to use their rights and whom to write to', () => {
		for (const text of [firstTexts.privacy.en!, firstTexts.privacy.sv!]) {
			expect(text.body).toContain('(/account/export)')
			expect(text.body).toContain('(/account/delete)')
			expect(text.body).toContain('mailto:privacy@atmp-flemingsberg.example')
			expect(text.body).toContain('hub_session')
			expect(text.body).toContain('hub_lang')
		}
		for (const text of [firstTexts.contact.en!, firstTexts.contact.sv!]) {
			expect(text.body).toContain('@atmp-flemingsberg.example')
			expect(text.body).toContain('(/requests/new)')
			expect(text.body).toMatch(/Flemingsberg/)
		}
		for (const text of [firstTexts.about.en!, firstTexts.about.sv!]) {
			for (const partner of ['Karolinska Institutet', 'KTH', 'Novum']) expect(text.body).toContain(partner)
		}
	})
})

describe('the form’s checks', () => {
	it('accept a page written in one language only', () => {
		expect(issuesOf({ titleSv: '', leadSv: '', bodySv: '' })).toEqual({})
	})

	it('want a title and a text for every language that has any text', () => {
		expect(issuesOf({ titleSv: '' })).toEqual({ titleSv: 'check.required?label=label.sitePageTitle' })
		expect(issuesOf({ titleSv: '   ', bodySv: '', leadSv: 'Kort ingress' })).toEqual({
			titleSv: 'check.required?label=label.sitePageTitle',
			bodySv: 'check.required?label=label.sitePageBody',
		})
	})

	it('want at least one language', () => {
		expect(issuesOf({ titleEn: '', bodyEn: '', titleSv: '', bodySv: '' })).toEqual({
			titleEn: 'check.required?label=label.sitePageTitle',
			bodyEn: 'check.required?label=label.sitePageBody',
		})
	})

	it('bound every length', () => {
		const issues = issuesOf({
			titleEn: 'x'.repeat(sitePageLimits.title + 1),
			leadSv: 'y'.repeat(sitePageLimits.lead + 1),
			bodySv: 'z'.repeat(sitePageLimits.body + 1),
		})
		expect(issues.titleEn).toMatch(/^check\.tooLong\?.*max=120/)
		expect(issues.leadSv).toMatch(/^check\.tooLong\?.*max=400/)
		expect(issues.bodySv).toMatch(/^check\.tooLong\?.*max=30000/)
	})

	it('refuse a form without the version it was opened on', () => {
		expect(issuesOf({ version: 'x' })).toEqual({ version: 'sitePages.edit.stale' })
	})
})

describe('saving a page', () => {
	it('writes both languages, counts the version up and audits the fields that changed', async () => {
		const coordinator = await createUser({ platformRole: 'coordinator' })
		const before = await readSitePage('about')
		const result = await updateSitePage(
			coordinator,
			'about',
			parsed({
				version: String(before.version),
				titleEn: before.texts.en!.title,
				leadEn: before.texts.en!.lead,
				bodyEn: before.texts.en!.body,
				titleSv: before.texts.sv!.title,
				leadSv: before.texts.sv!.lead,
				bodySv: 'En helt ny svensk text.',
			}),
		)
		expect(result).toEqual({ version: before.version + 1, changed: ['bodySv'] })
		const after = await readSitePage('about')
		expect(after.texts.sv!.body).toBe('En helt ny svensk text.')
		expect(after.texts.en).toEqual(before.texts.en)
		const last = (await auditOf('about')).at(-1)!
		expect([last.action, last.actorId, last.changes]).toEqual([
			'sitePage.updated',
			coordinator.userId,
			{ fields: ['bodySv'] },
		])
		const [listed] = await sitePagesForCoordinators('about')
		expect(listed!.updatedBy).toEqual({ kind: 'user', name: coordinator.name })
	})

	it('writes nothing and audits nothing when nothing changed', async () => {
		const coordinator = await createUser({ platformRole: 'coordinator' })
		const page = await readSitePage('privacy')
		const entries = (await auditOf('privacy')).length
		const result = await updateSitePage(
			coordinator,
			'privacy',
			parsed({
				version: String(page.version),
				titleEn: page.texts.en!.title,
				leadEn: page.texts.en!.lead,
				bodyEn: page.texts.en!.body,
				titleSv: page.texts.sv!.title,
				leadSv: page.texts.sv!.lead,
				bodySv: page.texts.sv!.body,
			}),
		)
		expect(result.changed).toEqual([])
		expect((await readSitePage('privacy')).version).toBe(page.version)
		expect(await auditOf('privacy')).toHaveLength(entries)
	})

	it('is refused as a conflict when someone saved the page after the form was opened, and keeps their text', async () => {
		const [first, second] = [
			await createUser({ platformRole: 'coordinator' }),
			await createUser({ platformRole: 'coordinator' }),
		]
		const opened = await readSitePage('contact')
		await updateSitePage(first, 'contact', parsed({ version: String(opened.version), titleEn: 'First' }))
		const refusal = await updateSitePage(
			second,
			'contact',
			parsed({ version: String(opened.version), titleEn: 'Second' }),
		).catch((error: unknown) => error)
		expect(refusal).toBeInstanceOf(RuleError)
		expect(refusal).toMatchObject({ rule: 'site-page-changed-meanwhile', conflict: true })
		expect((await readSitePage('contact')).texts.en!.title).toBe('First')
	})

	it('is for hub staff only', async () => {
		const organization = await createListing({ type: 'organization', name: 'Gamma Therapeutics AB' })
		const admin = await createUser({ memberships: [{ organizationId: organization.id, role: 'admin' }] })
		const page = await readSitePage('about')
		await expect(
			updateSitePage(admin, 'about', parsed({ version: String(page.version), titleEn: 'Taken over' })),
		).rejects.toBeInstanceOf(PermissionDenied)
		expect((await readSitePage('about')).texts.en!.title).toBe(page.texts.en!.title)
	})
})

describe('what a visitor reads', () => {
	it('is the page in their language, or in the other one, marked as such', async () => {
		const coordinator = await createUser({ platformRole: 'coordinator' })
		const page = await readSitePage('privacy')
		await updateSitePage(
			coordinator,
			'privacy',
			parsed({ version: String(page.version), titleEn: 'Privacy', bodyEn: 'English only.', titleSv: '', bodySv: '' }),
		)
		expect(await showSitePage('privacy', 'en')).toMatchObject({ title: 'Privacy', lang: 'en', otherLanguage: false })
		expect(await showSitePage('privacy', 'sv')).toMatchObject({ title: 'Privacy', lang: 'en', otherLanguage: true })
	})

	it('is safe HTML whatever the text says, with its lead (or text) as the description', async () => {
		const coordinator = await createUser({ platformRole: 'coordinator' })
		const page = await readSitePage('about')
		await updateSitePage(
			coordinator,
			'about',
			parsed({
				version: String(page.version),
				leadEn: '',
				bodyEn: [
					'# Who we are',
					'<script>alert(1)</script> <img src=x onerror=alert(2)>',
					'[click](javascript:alert(3)) and [home](/) and [KI](https://ki.se)',
				].join('\n\n'),
			}),
		)
		const shown = await showSitePage('about', 'en')
		expect(shown.html).not.toMatch(/<script|<img|href="javascript:/i)
		expect(shown.html).toContain('&lt;script&gt;')
		expect(shown.html).toContain('<h2>Who we are</h2>')
		expect(shown.html).toContain('<a href="/">home</a>')
		expect(shown.html).toContain('rel="nofollow noopener noreferrer"')
		expect(shown.description).toMatch(/^Who we are <script>alert\(1\)<\/script>/)
	})
})
