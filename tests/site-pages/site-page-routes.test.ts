// The hub's pages as Remix calls their routes: who may read and edit them
// (visitors read, only hub staff edit), and what the edit form answers to
// bad input: a message by the field, nothing saved.
import { beforeAll, describe, expect, it } from 'vitest'
import * as about from '../../app/routes/about.tsx'
import * as contact from '../../app/routes/contact.tsx'
import * as privacy from '../../app/routes/privacy.tsx'
import * as pageList from '../../app/routes/coordinator.pages._index.tsx'
import * as pageEdit from '../../app/routes/coordinator.pages.$key.tsx'
import { ensureSitePages } from '../../app/domain/site-pages/ensure-site-pages.server.ts'
import { readSitePage } from '../../app/domain/site-pages/read-site-page.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { createListing } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import {
	allowedOnly,
	call,
	type MatrixCase,
	requestAs,
	type Role,
	roles,
	sessionsForRoles,
	staffOnly,
	walkMatrix,
} from '../authorization/route-calls.ts'

withTestDatabase()
let cookies: Map<Role, string | undefined>
let users: Record<Exclude<Role, 'visitor'>, { userId: string }>

beforeAll(async () => {
	await ensureSitePages()
	const a = await createListing({ type: 'organization', name: 'Alpha Cell Therapy AB' })
	const b = await createListing({ type: 'organization', name: 'Beta Vectors AB' })
	;({ cookies, users } = await sessionsForRoles({ a: a.id, b: b.id }))
})

async function aboutForm(changes: Record<string, string> = {}) {
	const page = await readSitePage('about')
	return {
		version: String(page.version),
		titleEn: page.texts.en!.title,
		leadEn: page.texts.en!.lead,
		bodyEn: page.texts.en!.body,
		titleSv: page.texts.sv!.title,
		leadSv: page.texts.sv!.lead,
		bodySv: page.texts.sv!.body,
		...changes,
	}
}

const everyone = allowedOnly(roles, [...roles])

const cases: MatrixCase[] = [
	...[
		['/about', about],
		['/contact', contact],
		['/privacy', privacy],
	].map(([path, route]): MatrixCase => ({
		name: `read ${String(path)}`,
		expected: everyone,
		run: (role) => call((route as typeof about).loader, requestAs(cookies.get(role), String(path))),
		isAllowed: (outcome) => outcome.status === 200,
	})),
	{
		name: 'the list of pages',
		expected: staffOnly,
		run: (role) => call(pageList.loader, requestAs(cookies.get(role), '/coordinator/pages')),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: 'the edit form',
		expected: staffOnly,
		run: (role) => call(pageEdit.loader, requestAs(cookies.get(role), '/coordinator/pages/about'), { key: 'about' }),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: 'saving a page',
		expected: staffOnly,
		run: async (role) =>
			call(
				pageEdit.action,
				requestAs(cookies.get(role), '/coordinator/pages/about', await aboutForm({ bodySv: `Ny text av ${role}` })),
				{ key: 'about' },
			),
		isAllowed: (outcome) => outcome.status === 302 && outcome.location === '/coordinator/pages/about?done=saved',
		nothingWritten: async (role) => {
			expect((await readSitePage('about')).texts.sv!.body).not.toBe(`Ny text av ${role}`)
			if (role !== 'visitor') {
				expect(
					await prisma().auditEntry.count({ where: { actorId: users[role].userId, entityType: 'sitePage' } }),
				).toBe(0)
			}
		},
	},
]

describe('who reads and who edits the hub’s pages', () => {
	walkMatrix(cases, { roles })
})

describe('the edit form', () => {
	it('is 404 for a page the hub does not have', async () => {
		const outcome = await call(pageEdit.loader, requestAs(cookies.get('coordinator'), '/coordinator/pages/imprint'), {
			key: 'imprint',
		})
		expect(outcome.status).toBe(404)
	})

	it('refuses an empty title by its field, keeps what was typed, and saves nothing', async () => {
		const before = await readSitePage('about')
		const outcome = await call(
			pageEdit.action,
			requestAs(
				cookies.get('coordinator'),
				'/coordinator/pages/about',
				await aboutForm({ titleSv: '', bodySv: 'Min nya text som inte får gå förlorad.' }),
			),
			{ key: 'about' },
		)
		expect(outcome.status).toBe(400)
		const result = (
			outcome.body as { result: { error: Record<string, string[]>; initialValue: Record<string, string> } }
		).result
		expect(result.error).toEqual({ titleSv: ['check.required?label=label.sitePageTitle'] })
		expect(result.initialValue.bodySv).toBe('Min nya text som inte får gå förlorad.')
		expect(await readSitePage('about')).toEqual(before)
	})

	it('answers 409 with the typed text kept when someone saved the page first', async () => {
		const stale = await aboutForm({ bodyEn: 'An edit made on an old copy.' })
		await call(
			pageEdit.action,
			requestAs(cookies.get('platformAdmin'), '/coordinator/pages/about', await aboutForm({ leadEn: 'Saved first.' })),
			{ key: 'about' },
		)
		const outcome = await call(
			pageEdit.action,
			requestAs(cookies.get('coordinator'), '/coordinator/pages/about', stale),
			{
				key: 'about',
			},
		)
		expect(outcome.status).toBe(409)
		const result = (
			outcome.body as { result: { error: Record<string, string[]>; initialValue: Record<string, string> } }
		).result
		expect(result.error['']).toEqual(['rule:site-page-changed-meanwhile'])
		expect(result.initialValue.bodyEn).toBe('An edit made on an old copy.')
		expect((await readSitePage('about')).texts.en!.lead).toBe('Saved first.')
	})
})

describe('the public page', () => {
	it('is in the visitor’s language, with the other language marked when it is missing', async () => {
		const swedish = await call(about.loader, requestAs(undefined, '/about?lang=sv'))
		expect(swedish.body).toMatchObject({ title: 'Om ATMP Flemingsberg', lang: 'sv', otherLanguage: false })
		await call(
			pageEdit.action,
			requestAs(cookies.get('coordinator'), '/privacy', {
				...(await (async () => {
					const page = await readSitePage('privacy')
					return {
						version: String(page.version),
						titleEn: page.texts.en!.title,
						leadEn: page.texts.en!.lead,
						bodyEn: page.texts.en!.body,
					}
				})()),
			}),
			{ key: 'privacy' },
		)
		const english = await call(privacy.loader, requestAs(undefined, '/privacy?lang=sv'))
		expect(english.body).toMatchObject({ title: 'Privacy notice', lang: 'en', otherLanguage: true })
	})
})
