// A news item's and an offer's picture, from the coordinator's form to the
// reader's page: a refused file or missing words come back beside the field
// with nothing written or stored, an accepted one heads the public page, and a
// replaced one is deleted through the outbox once nothing shows it.
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { imageFileName } from '../../app/domain/images/image-key.ts'
import { imageOutboxHandlers } from '../../app/domain/images/release-images.server.ts'
import { publishNewsItem } from '../../app/domain/news/publish-news-item.server.ts'
import { renderMessage } from '../../app/domain/messages.ts'
import { translator } from '../../app/i18n/messages.ts'
import * as newNewsRoute from '../../app/routes/coordinator.news.new.tsx'
import * as editNewsRoute from '../../app/routes/coordinator.news.$id.tsx'
import * as newsPage from '../../app/routes/news.$slug.tsx'
import * as newOfferRoute from '../../app/routes/establish.manage.new.tsx'
import * as editOfferRoute from '../../app/routes/establish.manage.$offerId.tsx'
import * as offerPage from '../../app/routes/establish.$slug.tsx'
import { prisma } from '../../app/utils/db.server.ts'
import { resetEnvCache } from '../../app/utils/env.server.ts'
import { sessionCookie } from '../accounts/factories.ts'
import { call, requestAs } from '../authorization/route-calls.ts'
import { createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { drainOutbox } from '../support/outbox.ts'

withTestDatabase()
let dataDir: string
let previousDataDir: string | undefined
let cookie: string
let coordinator: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
	dataDir = await mkdtemp(path.join(tmpdir(), 'hub-pictures-'))
	previousDataDir = process.env.HUB_DATA_DIR
	process.env.HUB_DATA_DIR = dataDir
	resetEnvCache()
	coordinator = await createUser({ platformRole: 'coordinator' })
	cookie = await sessionCookie(coordinator.userId)
})

afterAll(async () => {
	if (previousDataDir === undefined) delete process.env.HUB_DATA_DIR
	else process.env.HUB_DATA_DIR = previousDataDir
	resetEnvCache()
	await rm(dataDir, { recursive: true, force: true })
})

const storedFiles = async () => (await readdir(path.join(dataDir, 'images')).catch(() => [])).sort()
const png = (green = 120) =>
	sharp({ create: { width: 96, height: 64, channels: 3, background: { r: 0, g: green, b: 90 } } })
		.png()
		.toBuffer()

function multipart(url: string, fields: Record<string, string>, file?: { bytes: Uint8Array; name: string }) {
	const body = new FormData()
	for (const [name, value] of Object.entries(fields)) body.append(name, value)
	if (file) body.append('imageFile', new File([Uint8Array.from(file.bytes)], file.name, { type: 'image/png' }))
	return new Request(`http://hub.test${url}`, { method: 'POST', body, headers: { Cookie: cookie } })
}

const errorsOf = (outcome: { body?: unknown }) =>
	Object.fromEntries(
		Object.entries((outcome.body as { result: { error: Record<string, string[]> } }).result.error).map(
			([field, texts]) => [field, texts.map((text) => renderMessage(translator('en'), text))],
		),
	)

const news = (title: string) => ({
	titleEn: title,
	leadEn: 'Twenty desks for ATMP start-ups.',
	bodyEn: 'The desks sit on floor 3.',
})

describe('a news item with a picture', () => {
	it('refuses a file that is no picture beside the field, and writes and stores nothing', async () => {
		const before = await storedFiles()
		const title = `Not a picture ${Date.now()}`
		const outcome = await call(
			newNewsRoute.action,
			multipart(
				'/coordinator/news/new',
				{ ...news(title), imageAlt: 'Desks' },
				{
					bytes: new TextEncoder().encode('plain text'),
					name: 'desks.png',
				},
			),
		)
		expect(outcome.status).toBe(400)
		expect(errorsOf(outcome).imageFile).toEqual(['Choose a JPEG, PNG or WebP picture.'])
		expect(await prisma().newsItem.count({ where: { titleEn: title } })).toBe(0)
		expect(await storedFiles()).toEqual(before)
	})

	it('asks for the words of a picture, and stores nothing until they are given', async () => {
		const before = await storedFiles()
		const title = `No words ${Date.now()}`
		const outcome = await call(
			newNewsRoute.action,
			multipart('/coordinator/news/new', news(title), { bytes: await png(), name: 'desks.png' }),
		)
		expect(outcome.status).toBe(400)
		expect(errorsOf(outcome)).toHaveProperty('imageAlt')
		expect(await prisma().newsItem.count({ where: { titleEn: title } })).toBe(0)
		expect(await storedFiles()).toEqual(before)
	})

	it('heads the published item with its picture and words; a replaced picture is deleted', async () => {
		const title = `Desks with a picture ${Date.now()}`
		const created = await call(
			newNewsRoute.action,
			multipart(
				'/coordinator/news/new',
				{ ...news(title), imageAlt: 'Desks by a window' },
				{
					bytes: await png(),
					name: 'desks.png',
				},
			),
		)
		expect(created.status).toBe(302)
		const item = await prisma().newsItem.findFirstOrThrow({ where: { titleEn: title } })
		expect(item.imageAlt).toBe('Desks by a window')
		const first = item.imageKey!
		expect(await storedFiles()).toEqual(expect.arrayContaining([imageFileName(first, 'large')]))
		await publishNewsItem(coordinator, item.id)

		const page = await call(newsPage.loader, requestAs(undefined, `/news/${item.slug}?lang=en`), { slug: item.slug })
		expect((page.body as { article: { image: unknown } }).article.image).toEqual({
			key: first,
			alt: 'Desks by a window',
		})

		// A new picture replaces the first, whose files go once the outbox has run.
		const edited = await call(
			editNewsRoute.action,
			multipart(
				`/coordinator/news/${item.id}`,
				{ intent: 'save', ...news(title), imageAlt: 'The desks at night' },
				{
					bytes: await png(30),
					name: 'night.png',
				},
			),
			{ id: item.id },
		)
		expect(edited.status).toBe(302)
		const second = (await prisma().newsItem.findUniqueOrThrow({ where: { id: item.id } })).imageKey!
		expect(second).not.toBe(first)
		await drainOutbox(imageOutboxHandlers())
		const files = await storedFiles()
		expect(files).not.toContain(imageFileName(first, 'large'))
		expect(files).toContain(imageFileName(second, 'large'))

		// Saving again without a file keeps the picture; ticking "remove" takes it away.
		await call(
			editNewsRoute.action,
			multipart(`/coordinator/news/${item.id}`, { intent: 'save', ...news(title), imageAlt: 'The desks at night' }),
			{ id: item.id },
		)
		expect((await prisma().newsItem.findUniqueOrThrow({ where: { id: item.id } })).imageKey).toBe(second)
		await call(
			editNewsRoute.action,
			multipart(`/coordinator/news/${item.id}`, { intent: 'save', ...news(title), imageRemove: 'on' }),
			{ id: item.id },
		)
		expect(await prisma().newsItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
			imageKey: null,
			imageAlt: null,
		})
	})
})

describe('an offer with a picture', () => {
	const offer = (title: string) => ({
		kind: 'lab',
		titleEn: title,
		site: 'novum',
		contactName: 'Eva Establish',
		contactEmail: 'eva@example.org',
		status: 'available',
		published: 'on',
	})

	it('shows its picture on the public page, and says in the audit log that the picture changed', async () => {
		const title = `Lab bench with a picture ${Date.now()}`
		const created = await call(
			newOfferRoute.action,
			multipart(
				'/establish/manage/new',
				{ ...offer(title), imageAlt: 'A lab bench in Novum' },
				{
					bytes: await png(200),
					name: 'bench.png',
				},
			),
		)
		expect(created.status).toBe(302)
		const row = await prisma().establishmentOffer.findFirstOrThrow({ where: { titleEn: title } })
		const page = await call(offerPage.loader, requestAs(undefined, `/establish/${row.slug}?lang=en`), {
			slug: row.slug,
		})
		expect(JSON.stringify(page.body)).toContain(row.imageKey!)

		await call(
			editOfferRoute.action,
			multipart(`/establish/manage/${row.id}`, { ...offer(title), imageRemove: 'on' }),
			{ offerId: row.id },
		)
		expect((await prisma().establishmentOffer.findUniqueOrThrow({ where: { id: row.id } })).imageKey).toBeNull()
		const audit = await prisma().auditEntry.findFirstOrThrow({
			where: { entityId: row.id, action: 'establishmentOffer.updated' },
		})
		expect(audit.changes).toMatchObject({ fields: { image: { from: true, to: false } } })
		expect(JSON.stringify(audit.changes)).not.toContain(row.imageKey!)
	})
})
