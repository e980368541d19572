import type { Server } from 'node:http'
import type { Duplex } from 'node:stream'

// Requests node's HTTP parser refuses before Express sees them (a raw NUL or
// another control character in the request line, oversized headers) still get
// an answer with the security headers, not node's bare one.

const answers: Record<string, [number, string]> = {
	HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large'],
	ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout'],
}

export function answerUnparsableRequests(server: Server) {
	server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
		if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy()
		const [status, reason] = answers[error.code ?? ''] ?? [400, 'Bad Request']
		const body = `${reason}\n`
		socket.end(
			[
				`HTTP/1.1 ${status} ${reason}`,
				'Connection: close',
				'Content-Type: text/plain; charset=utf-8',
				`Content-Length: ${Buffer.byteLength(body)}`,
				'Cache-Control: no-store',
				"Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
				'X-Content-Type-Options: nosniff',
				'X-Frame-Options: DENY',
				'',
				body,
			].join('\r\n'),
		)
	})
}
