// A listing's picture from the form to the page and back out: the upload is
// refused by content with every other field kept and nothing written, an
// accepted one is stored at once and shown only after approval, the resource
// route serves it for a year and nothing else, and erasing an account deletes
// the expert's photo files through the outbox.
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eraseUserData } from '../../app/domain/accounts/erase-account.server.ts'
import { approveRevision } from '../../app/domain/curation/approve-revision.server.ts'
import { imageFileName } from '../../app/domain/images/image-key.ts'
import { imageStore } from '../../app/domain/images/image-store.server.ts'
import { prepareImage } from '../../app/domain/images/prepare-image.server.ts'
import { imageOutboxHandlers } from '../../app/domain/images/release-images.server.ts'
import { renderMessage } from '../../app/domain/messages.ts'
import { translator } from '../../app/i18n/messages.ts'
import * as editRoute from '../../app/routes/_member.my-listings.$id.edit.tsx'
import * as imageRoute from '../../app/routes/images.$key.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { resetEnvCache } from '../../app/utils/env.server.ts'
import { sessionCookie } from '../accounts/factories.ts'
import { call } from '../authorization/route-calls.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { drainOutbox } from '../support/outbox.ts'

withTestDatabase()
let dataDir: string
let previousDataDir: string | undefined

beforeAll(async () => {
	dataDir = await mkdtemp(path.join(tmpdir(), 'hub-images-'))
	previousDataDir = process.env.HUB_DATA_DIR
	process.env.HUB_DATA_DIR = dataDir
	resetEnvCache()
})

afterAll(async () => {
	if (previousDataDir === undefined) delete process.env.HUB_DATA_DIR
	else process.env.HUB_DATA_DIR = previousDataDir
	resetEnvCache()
	await rm(dataDir, { recursive: true, force: true })
})

const storedFiles = async () => (await readdir(path.join(dataDir, 'images')).catch(() => [])).sort()
const png = (green = 120) =>
	sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 0, g: green, b: 90 } } })
		.png()
		.toBuffer()

function multipart(
	cookie: string,
	url: string,
	fields: Record<string, string>,
	file?: { bytes: Uint8Array; name: string; type: string },
) {
	const body = new FormData()
	for (const [name, value] of Object.entries(fields)) body.append(name, value)
	if (file) body.append('imageFile', new File([Uint8Array.from(file.bytes)], file.name, { type: file.type }))
	return new Request(`http://hub.test${url}`, { method: 'POST', body, headers: { Cookie: cookie } })
}

async function organizationWithAdmin() {
	const organization = await createListing({ type: 'organization', name: `Pictured Org ${Math.random()}` })
	const admin = await createUser({ memberships: [{ organizationId: organization.id, role: 'admin' }] })
	return { organization, admin, cookie: await sessionCookie(admin.userId) }
}

interface Upload {
	bytes: Uint8Array
	name: string
	type: string
}

/** An organisation's admin sends its edit form with these fields and this file. */
async function postEdit(fields: (organization: { name: string }) => Record<string, string>, file: Upload) {
	const { organization, cookie } = await organizationWithAdmin()
	const url = `/my-listings/${organization.id}/edit`
	const body = { intent: 'submit', kind: 'company', ...fields(organization) }
	const outcome = await call(editRoute.action, multipart(cookie, url, body, file), { id: organization.id })
	return { organization, outcome }
}

describe('the listing form with a picture', () => {
	it('refuses a text file named .jpg beside the field, keeps the other fields, and writes nothing', async () => {
		const before = await storedFiles()
		const { organization, outcome } = await postEdit(() => ({ name: 'A New Name AB', imageAlt: 'Our logo' }), {
			bytes: new TextEncoder().encode('not a picture at all'),
			name: 'logo.jpg',
			type: 'image/jpeg',
		})
		expect(outcome.status).toBe(400)
		const result = (
			outcome.body as { result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } }
		).result
		expect(result.error.imageFile?.map((text) => renderMessage(translator('en'), text))).toEqual([
			'Choose a JPEG, PNG or WebP picture.',
		])
		expect(result.initialValue).toMatchObject({ name: 'A New Name AB', imageAlt: 'Our logo' })
		expect(await prisma().listingRevision.count({ where: { listingId: organization.id } })).toBe(0)
		expect(await storedFiles()).toEqual(before)
	})

	it('asks for the words of a picture, and stores nothing until they are given', async () => {
		const before = await storedFiles()
		const { outcome } = await postEdit((organization) => ({ name: organization.name }), {
			bytes: await png(),
			name: 'logo.png',
			type: 'image/png',
		})
		expect(outcome.status).toBe(400)
		expect((outcome.body as { result: { error: Record<string, string[]> } }).result.error).toHaveProperty('imageAlt')
		expect(await storedFiles()).toEqual(before)
	})

	it('stores an accepted picture at once, and the public listing shows it only once approved', async () => {
		const { organization, outcome } = await postEdit(
			(organization) => ({ name: organization.name, imageAlt: 'Logo: a green square' }),
			{ bytes: await png(), name: 'anything.txt', type: 'text/plain' },
		)
		expect(outcome).toMatchObject({ status: 302, location: `/my-listings?submitted=${organization.id}` })
		const revision = await prisma().listingRevision.findFirstOrThrow({ where: { listingId: organization.id } })
		const key = (revision.payload as { image: string }).image
		expect(await storedFiles()).toEqual(
			expect.arrayContaining([imageFileName(key, 'large'), imageFileName(key, 'small')]),
		)
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: organization.id } })).imageKey).toBeNull()

		const coordinator = await createUser({ platformRole: 'coordinator' })
		await approveRevision({ actor: coordinator, revisionId: revision.id })
		expect(await prisma().listing.findUniqueOrThrow({ where: { id: organization.id } })).toMatchObject({
			imageKey: key,
			imageAlt: 'Logo: a green square',
		})
	})
})

describe('/images/<key>-<size>.webp', () => {
	it('serves a stored picture as WebP, cached for a year, never sniffed', async () => {
		const prepared = await prepareImage(await png())
		if (!prepared.ok) throw new Error('refused')
		await imageStore().put(imageFileName(prepared.image.key, 'small'), prepared.image.variants.small)
		const response = (await imageRoute.loader({
			request: new Request('http://hub.test/'),
			params: { key: imageFileName(prepared.image.key, 'small') },
			context: {},
		})) as Response
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Type')).toBe('image/webp')
		expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
		expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
		expect(Buffer.from(await response.arrayBuffer()).equals(prepared.image.variants.small)).toBe(true)
	})

	it.each([
		['an unknown key', `${'0'.repeat(32)}-10x10-320.webp`],
		['a path out of the folder', '../../app-role.json'],
		['an encoded path out of the folder', '..%2F..%2Fetc%2Fpasswd'],
		['a size that is not stored', `${'0'.repeat(32)}-10x10-640.webp`],
	])('answers 404 for %s', async (_, key) => {
		const outcome = await call(imageRoute.loader, new Request('http://hub.test/'), { key })
		expect(outcome.status).toBe(404)
	})
})

describe('erasing an account', () => {
	it("deletes the expert's photo files through the outbox", async () => {
		const person = await createUser()
		// Another picture than the organisation's above: one that a listing still shows is kept.
		const prepared = await prepareImage(await png(200))
		if (!prepared.ok) throw new Error('refused')
		const { key } = prepared.image
		for (const size of ['large', 'small'] as const)
			await imageStore().put(imageFileName(key, size), prepared.image.variants[size])
		await createListing({
			type: 'expert',
			name: 'Dr Photo',
			ownerUserId: person.userId,
			imageKey: key,
			imageAlt: 'Dr Photo',
		})
		expect(await storedFiles()).toContain(imageFileName(key, 'large'))

		await eraseUserData(person.userId)
		await drainOutbox(imageOutboxHandlers())

		expect(await storedFiles()).not.toContain(imageFileName(key, 'large'))
		expect(await storedFiles()).not.toContain(imageFileName(key, 'small'))
	})
})
