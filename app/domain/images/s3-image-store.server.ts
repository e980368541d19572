// Pictures in an S3-compatible bucket (Amazon S3, MinIO, Cloudflare R2, …), so
// several web machines share them without a network volume. The portal still
// serves them itself through /images/<file>, so pages, caching and the
// content-security policy stay as they are; the bucket can stay private.
import {
	DeleteObjectCommand,
	GetObjectCommand,
	NoSuchKey,
	PutObjectCommand,
	S3Client,
	S3ServiceException,
} from '@aws-sdk/client-s3'
import type { S3StoreSettings } from '~/utils/env.server.ts'
import { checkedImageFileName } from './image-key.ts'
import type { ImageStore } from './image-store.server.ts'

/** Every stored file is named by its content: it never changes, so whoever reads it straight from the bucket may keep it. */
const IMMUTABLE = 'public, max-age=31536000, immutable'

function isMissing(error: unknown): boolean {
	return (
		error instanceof NoSuchKey ||
		(error instanceof S3ServiceException && (error.name === 'NotFound' || error.$metadata.httpStatusCode === 404))
	)
}

export function s3Client(settings: S3StoreSettings): S3Client {
	return new S3Client({
		region: settings.region,
		credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
		// Another vendor's store is addressed by its own host with the bucket in
		// the path; virtual-host names would need a DNS entry per bucket there.
		...(settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
		// The SDK's default checksums (CRC32 headers and trailers on every put)
		// are refused by several S3-compatible stores; the signed payload hash
		// already protects the body.
		requestChecksumCalculation: 'WHEN_REQUIRED',
		responseChecksumValidation: 'WHEN_REQUIRED',
		// A hung store must not hold a page's picture request forever.
		requestHandler: { connectionTimeout: 5_000, requestTimeout: 15_000 },
		maxAttempts: 3,
	})
}

export function s3ImageStore(settings: S3StoreSettings, client: S3Client = s3Client(settings)): ImageStore {
	const location = (name: string) => ({
		Bucket: settings.bucket,
		Key: `${settings.prefix}${checkedImageFileName(name)}`,
	})
	return {
		async put(name, bytes) {
			await client.send(
				new PutObjectCommand({
					...location(name),
					Body: bytes,
					ContentType: 'image/webp',
					CacheControl: IMMUTABLE,
				}),
			)
		},
		async get(name) {
			const target = location(name)
			try {
				const answer = await client.send(new GetObjectCommand(target))
				if (!answer.Body) return null
				return Buffer.from(await answer.Body.transformToByteArray())
			} catch (error) {
				if (isMissing(error)) return null
				throw error
			}
		},
		async delete(name) {
			const target = location(name)
			try {
				await client.send(new DeleteObjectCommand(target))
			} catch (error) {
				// S3 answers 204 for a key that is not there; some compatible stores answer 404.
				if (!isMissing(error)) throw error
			}
		},
	}
}
