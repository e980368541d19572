// With S3_BUCKET set, a picture an organisation's admin uploads with the
// listing form goes to the bucket (both sizes, nothing on disk), the portal
// serves it from there at the same /images/ address with the same caching,
// and a picture nothing refers to any more is deleted from the bucket.
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { approveRevision } from '../../app/domain/curation/approve-revision.server.ts'
import { imageFileName } from '../../app/domain/images/image-key.ts'
import { imageOutboxHandlers, releaseImages } from '../../app/domain/images/release-images.server.ts'
import * as editRoute from '../../app/routes/_member.my-listings.$id.edit.tsx'
import * as imageRoute from '../../app/routes/images.$key.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { resetEnvCache } from '../../app/utils/env.server.ts'
import { sessionCookie } from '../accounts/factories.ts'
import { call } from '../authorization/route-calls.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { startFakeS3, type FakeS3 } from '../support/fake-s3.ts'
import { drainOutbox } from '../support/outbox.ts'

withTestDatabase()
let s3: FakeS3
let dataDir: string
const settingNames = [
	'HUB_DATA_DIR',
	'S3_ENDPOINT',
	'S3_REGION',
	'S3_BUCKET',
	'S3_ACCESS_KEY_ID',
	'S3_SECRET_ACCESS_KEY',
	'S3_PREFIX',
]
const previous = Object.fromEntries(settingNames.map((name) => [name, process.env[name]]))

beforeAll(async () => {
	s3 = await startFakeS3()
	dataDir = await mkdtemp(path.join(tmpdir(), 'hub-s3-images-'))
	Object.assign(process.env, {
		HUB_DATA_DIR: dataDir,
		S3_ENDPOINT: s3.endpoint,
		S3_REGION: 'eu-north-1',
		S3_BUCKET: s3.bucket,
		S3_ACCESS_KEY_ID: s3.accessKeyId,
		S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
		S3_PREFIX: 'flemingsberg',
	})
	resetEnvCache()
})

afterAll(async () => {
	for (const name of settingNames) {
		if (previous[name] === undefined) delete process.env[name]
		else process.env[name] = previous[name]
	}
	resetEnvCache()
	await s3.close()
	await rm(dataDir, { recursive: true, force: true })
})

describe('listing pictures in an S3-compatible bucket', () => {
	it('stores an upload in the bucket, serves it at /images/ from there, and deletes it once nothing shows it', async () => {
		const organization = await createListing({ type: 'organization', name: 'Bucket Pictures AB' })
		const admin = await createUser({ memberships: [{ organizationId: organization.id, role: 'admin' }] })
		const body = new FormData()
		for (const [name, value] of Object.entries({
			intent: 'submit',
			kind: 'company',
			name: organization.name,
			imageAlt: 'Logo: an orange square',
		}))
			body.append(name, value)
		const png = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#e07020' } })
			.png()
			.toBuffer()
		body.append('imageFile', new File([Uint8Array.from(png)], 'logo.png', { type: 'image/png' }))
		const outcome = await call(
			editRoute.action,
			new Request(`http://hub.test/my-listings/${organization.id}/edit`, {
				method: 'POST',
				body,
				headers: { Cookie: await sessionCookie(admin.userId) },
			}),
			{ id: organization.id },
		)
		expect(outcome).toMatchObject({ status: 302 })

		const revision = await prisma().listingRevision.findFirstOrThrow({ where: { listingId: organization.id } })
		const key = (revision.payload as { image: string }).image
		const large = imageFileName(key, 'large')
		const small = imageFileName(key, 'small')
		expect([...s3.objects.keys()].sort()).toEqual([`flemingsberg/${large}`, `flemingsberg/${small}`].sort())
		expect(s3.objects.get(`flemingsberg/${small}`)?.contentType).toBe('image/webp')
		expect(await readdir(dataDir)).toEqual([])

		await approveRevision({ actor: await createUser({ platformRole: 'coordinator' }), revisionId: revision.id })
		const served = (await imageRoute.loader({
			request: new Request(`http://hub.test/images/${small}`),
			params: { key: small },
			context: {},
		})) as Response
		expect(served.status).toBe(200)
		expect(served.headers.get('Content-Type')).toBe('image/webp')
		expect(served.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
		expect(Buffer.from(await served.arrayBuffer()).equals(s3.objects.get(`flemingsberg/${small}`)!.body)).toBe(true)
		expect((await sharp(s3.objects.get(`flemingsberg/${small}`)!.body).metadata()).format).toBe('webp')

		// A listing shows it: a release leaves it where it is.
		await releaseImages(prisma(), [key])
		await drainOutbox(imageOutboxHandlers())
		expect(s3.objects.has(`flemingsberg/${large}`)).toBe(true)

		await prisma().listing.update({ where: { id: organization.id }, data: { imageKey: null, imageAlt: null } })
		await releaseImages(prisma(), [key])
		await drainOutbox(imageOutboxHandlers())
		expect(s3.objects.size).toBe(0)
		const missing = await call(imageRoute.loader, new Request('http://hub.test/'), { key: small })
		expect(missing.status).toBe(404)
	})
})
