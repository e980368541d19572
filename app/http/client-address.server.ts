// The address per-IP rate limits count by. The server entry knows the socket
// address and passes it as `clientIp` in Remix's load context (Express's
// req.ip, which honours its "trust proxy" setting). Without it the only hint
// is X-Forwarded-For, whose LAST entry is the one our own proxy appended; the
// entries before it are whatever the client wrote.

export function clientAddress(request: Request, context?: unknown): string {
	const fromServer = (context as { clientIp?: unknown } | undefined)?.clientIp
	if (typeof fromServer === 'string' && fromServer) return fromServer
	const forwarded = request.headers.get('X-Forwarded-For')
	const last = forwarded?.split(',').at(-1)?.trim()
	return last || 'unknown'
}
