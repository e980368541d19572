import { PassThrough } from 'node:stream'
import {
	createReadableStreamFromReadable,
	type ActionFunctionArgs,
	type AppLoadContext,
	type EntryContext,
	type LoaderFunctionArgs,
} from '@remix-run/node'
import { isRouteErrorResponse, RemixServer } from '@remix-run/react'
import { isbot } from 'isbot'
import { renderToPipeableStream } from 'react-dom/server'
import { logger } from '~/utils/logger.server.ts'
import { NonceProvider } from '~/utils/nonce-provider.ts'
import { isDatabaseUnreachable, noteRequestError, requestContext } from '~/utils/request-context.server.ts'

// Remix's node entry, plus what the server's edge needs: the per-request CSP
// nonce on every script Remix renders, and errors logged as JSON with the
// request's id and route (docs/decisions/013-http-edge.md).

export const streamTimeout = 5_000

export default function handleRequest(
	request: Request,
	responseStatusCode: number,
	responseHeaders: Headers,
	remixContext: EntryContext,
	loadContext: AppLoadContext,
) {
	const nonce = typeof loadContext.cspNonce === 'string' ? loadContext.cspNonce : undefined
	// Crawlers get the whole page at once; browsers get the shell as soon as it is ready.
	const waitForAll = isbot(request.headers.get('user-agent') ?? '') || remixContext.isSpaMode
	return new Promise<Response>((resolve, reject) => {
		let shellRendered = false
		const ready = () => {
			shellRendered = true
			const body = new PassThrough()
			responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
			resolve(
				new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }),
			)
			pipe(body)
		}
		const { pipe, abort } = renderToPipeableStream(
			<NonceProvider value={nonce ?? ''}>
				<RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
			</NonceProvider>,
			{
				nonce,
				...(waitForAll ? { onAllReady: ready } : { onShellReady: ready }),
				onShellError: reject,
				onError(error: unknown) {
					responseStatusCode = 500
					// Errors before the shell reject and are logged by handleError.
					if (shellRendered) logger().error({ err: error, route: requestContext()?.routeId }, 'rendering failed')
				},
			},
		)
		setTimeout(abort, streamTimeout + 1_000)
	})
}

export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs) {
	// A visitor who navigated away is not an error.
	if (request.signal.aborted) return
	// 404s and 405s Remix raises itself are answers, not faults.
	if (isRouteErrorResponse(error) && error.status < 500) return
	noteRequestError(error)
	const route = requestContext()?.routeId
	if (isDatabaseUnreachable(error)) logger().warn({ err: error, route }, 'database unreachable')
	else logger().error({ err: error, route }, 'request failed')
}
