// The S3-compatible picture store against a small fake bucket: what the portal
// puts comes back byte for byte, a missing picture is "none" (a 404 page, not
// a 500), a delete of one already gone is fine, a name outside the one
// pattern never leaves the process, and a store that refuses the portal's key
// is an error, never mistaken for a missing picture. The settings are all or
// nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { imageFileName } from '../../app/domain/images/image-key.ts'
import { s3ImageStore } from '../../app/domain/images/s3-image-store.server.ts'
import { EnvError, parseEnv, s3StoreSettings, type S3StoreSettings } from '../../app/utils/env.server.ts'
import { startFakeS3, type FakeS3 } from '../support/fake-s3.ts'

let s3: FakeS3
let settings: S3StoreSettings

beforeAll(async () => {
	s3 = await startFakeS3()
	settings = {
		endpoint: s3.endpoint,
		region: 'eu-north-1',
		bucket: s3.bucket,
		accessKeyId: s3.accessKeyId,
		secretAccessKey: s3.secretAccessKey,
		prefix: 'hub/images/',
	}
})
afterAll(() => s3.close())

const name = (digit: string) => imageFileName(`${digit.repeat(32)}-64x48`, 'small')

describe('the S3-compatible picture store', () => {
	it('puts a picture under its prefix as long-cached WebP, signed with the configured key, and gets it back', async () => {
		const store = s3ImageStore(settings)
		const bytes = Buffer.from('RIFF....WEBPVP8 a picture')
		await store.put(name('a'), bytes)

		expect(s3.objects.get(`hub/images/${name('a')}`)).toEqual({
			body: bytes,
			contentType: 'image/webp',
			cacheControl: 'public, max-age=31536000, immutable',
		})
		expect((await store.get(name('a')))?.equals(bytes)).toBe(true)
		for (const request of s3.requests)
			expect(request.authorization).toMatch(
				new RegExp(`^AWS4-HMAC-SHA256 Credential=${s3.accessKeyId}/\\d{8}/eu-north-1/s3/aws4_request, `),
			)
		expect(s3.requests.map((request) => request.path)).toContain(`/${s3.bucket}/hub/images/${name('a')}`)

		await store.delete(name('a'))
		expect(s3.objects.has(`hub/images/${name('a')}`)).toBe(false)
		expect(await store.get(name('a'))).toBeNull()
	})

	it('answers none for a picture the bucket does not have', async () => {
		expect(await s3ImageStore(settings).get(name('b'))).toBeNull()
	})

	it('takes the delete of a picture that is already gone as done', async () => {
		await expect(s3ImageStore(settings).delete(name('c'))).resolves.toBeUndefined()
	})

	it.each([['../../secrets.json'], ['hub/other.webp'], [`${'d'.repeat(32)}-64x48-640.webp`], ['']])(
		'refuses the name %j before asking the bucket anything',
		async (badName) => {
			const store = s3ImageStore(settings)
			const before = s3.requests.length
			await expect(store.get(badName)).rejects.toThrow(/Not an image file name/)
			await expect(store.put(badName, Buffer.from('x'))).rejects.toThrow(/Not an image file name/)
			await expect(store.delete(badName)).rejects.toThrow(/Not an image file name/)
			expect(s3.requests.length).toBe(before)
		},
	)

	it('fails, rather than answering none, when the bucket refuses the credentials', async () => {
		const store = s3ImageStore({ ...settings, accessKeyId: 'SOMEONEELSE' })
		await expect(store.get(name('e'))).rejects.toMatchObject({ name: 'InvalidAccessKeyId' })
		await expect(store.put(name('e'), Buffer.from('x'))).rejects.toMatchObject({ name: 'InvalidAccessKeyId' })
		await expect(store.delete(name('e'))).rejects.toMatchObject({ name: 'InvalidAccessKeyId' })
		expect(s3.objects.has(`hub/images/${name('e')}`)).toBe(false)
	})
})

describe('the S3 settings', () => {
	const complete = {
		S3_BUCKET: 'hub-pictures',
		S3_REGION: 'eu-north-1',
		S3_ACCESS_KEY_ID: 'AKIA',
		S3_SECRET_ACCESS_KEY: 'secret',
	}

	it('keeps pictures on disk when none is set', () => {
		expect(s3StoreSettings(parseEnv({}))).toBeNull()
	})

	it('uses the bucket when the four required ones are set, and path-style addressing only with an endpoint', () => {
		expect(s3StoreSettings(parseEnv(complete))).toEqual({
			endpoint: undefined,
			region: 'eu-north-1',
			bucket: 'hub-pictures',
			accessKeyId: 'AKIA',
			secretAccessKey: 'secret',
			prefix: '',
		})
		expect(
			s3StoreSettings(parseEnv({ ...complete, S3_ENDPOINT: 'http://minio.local:9000', S3_PREFIX: 'hub/images/' })),
		).toMatchObject({ endpoint: 'http://minio.local:9000', prefix: 'hub/images/' })
		expect(s3StoreSettings(parseEnv({ ...complete, S3_PREFIX: 'hub' }))?.prefix).toBe('hub/')
	})

	it('stops start-up on a partial setting, listing every missing one by name', () => {
		let problems: string[] = []
		try {
			parseEnv({ S3_BUCKET: 'hub-pictures', S3_ENDPOINT: 'http://minio.local:9000' })
		} catch (error) {
			if (error instanceof EnvError) problems = error.problems
		}
		expect(problems.map((problem) => problem.split(':')[0])).toEqual([
			'S3_REGION',
			'S3_ACCESS_KEY_ID',
			'S3_SECRET_ACCESS_KEY',
		])
		expect(problems[0]).toContain('S3_BUCKET, S3_ENDPOINT are set')
		expect(() => parseEnv({ S3_SECRET_ACCESS_KEY: 'secret' })).toThrow(/S3_BUCKET: required/)
	})

	it.each([
		['S3_BUCKET', 'Has_Capitals'],
		['S3_ENDPOINT', 'minio.local:9000'],
		['S3_PREFIX', '../up'],
	])('refuses a malformed %s', (setting, value) => {
		expect(() => parseEnv({ ...complete, [setting]: value })).toThrow(new RegExp(`${setting}: must`))
	})
})
