// A few S3 requests in memory, path-style (`/<bucket>/<key>`): PUT, GET, HEAD
// and DELETE of one object, answered the way S3 answers them (a missing key is
// a 404 with a `NoSuchKey` XML body, a delete of one is 204). Every request
// must be signed (AWS Signature Version 4) with the configured access key, or it
// is refused as S3 refuses an unknown key. It checks who signed, not the
// signature itself: enough to test the store's conversation with a bucket
// where no MinIO binary exists.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeS3Object {
	body: Buffer
	contentType: string | undefined
	cacheControl: string | undefined
}

export interface FakeS3 {
	/** The store's address, for S3_ENDPOINT. */
	endpoint: string
	bucket: string
	accessKeyId: string
	secretAccessKey: string
	/** Objects by key (without the bucket). */
	objects: Map<string, FakeS3Object>
	requests: Array<{ method: string; path: string; authorization: string | undefined }>
	close(): Promise<void>
}

function xmlError(response: ServerResponse, status: number, code: string, message: string, resource: string) {
	const body =
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<Error><Code>${code}</Code><Message>${message}</Message><Resource>${resource}</Resource>` +
		'<RequestId>fake-s3</RequestId></Error>'
	response.writeHead(status, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(body) })
	// A HEAD answer has no body; the SDK reads its status alone.
	response.end(response.req.method === 'HEAD' ? undefined : body)
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
	const chunks: Buffer[] = []
	for await (const chunk of request) chunks.push(chunk as Buffer)
	return Buffer.concat(chunks)
}

export async function startFakeS3(
	options: { bucket?: string; accessKeyId?: string; secretAccessKey?: string } = {},
): Promise<FakeS3> {
	const bucket = options.bucket ?? 'hub-pictures'
	const accessKeyId = options.accessKeyId ?? 'FAKEACCESSKEY'
	const secretAccessKey = options.secretAccessKey ?? 'fake-secret-access-key'
	const objects = new Map<string, FakeS3Object>()
	const requests: FakeS3['requests'] = []

	const server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://fake-s3')
		const authorization = request.headers.authorization
		requests.push({ method: request.method ?? '', path: url.pathname, authorization })
		const body = await bodyOf(request)

		const signer =
			/^AWS4-HMAC-SHA256 Credential=([^/]+)\/\d{8}\/[^/]+\/s3\/aws4_request, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$/.exec(
				authorization ?? '',
			)
		if (!signer) return xmlError(response, 403, 'AccessDenied', 'Access Denied', url.pathname)
		if (signer[1] !== accessKeyId)
			return xmlError(
				response,
				403,
				'InvalidAccessKeyId',
				'The AWS Access Key Id you provided does not exist in our records.',
				url.pathname,
			)

		const [, bucketName, ...rest] = url.pathname.split('/')
		const key = decodeURIComponent(rest.join('/'))
		if (bucketName !== bucket)
			return xmlError(response, 404, 'NoSuchBucket', 'The specified bucket does not exist', url.pathname)
		if (!key) return xmlError(response, 400, 'InvalidRequest', 'Only object requests are understood here', url.pathname)

		switch (request.method) {
			case 'PUT': {
				objects.set(key, {
					body,
					contentType: request.headers['content-type'],
					cacheControl: request.headers['cache-control'],
				})
				response.writeHead(200, { ETag: '"fake"' })
				return response.end()
			}
			case 'GET':
			case 'HEAD': {
				const object = objects.get(key)
				if (!object) return xmlError(response, 404, 'NoSuchKey', 'The specified key does not exist.', url.pathname)
				response.writeHead(200, {
					'Content-Type': object.contentType ?? 'binary/octet-stream',
					'Content-Length': object.body.byteLength,
					...(object.cacheControl ? { 'Cache-Control': object.cacheControl } : {}),
				})
				return response.end(request.method === 'GET' ? object.body : undefined)
			}
			case 'DELETE': {
				objects.delete(key)
				response.writeHead(204)
				return response.end()
			}
			default:
				return xmlError(response, 405, 'MethodNotAllowed', 'The method is not allowed here', url.pathname)
		}
	})
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
	const { port } = server.address() as AddressInfo
	return {
		endpoint: `http://127.0.0.1:${port}`,
		bucket,
		accessKeyId,
		secretAccessKey,
		objects,
		requests,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections()
				server.close((error) => (error ? reject(error) : resolve()))
			}),
	}
}
