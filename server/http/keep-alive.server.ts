import type { Server } from 'node:http'

// Node closes an idle keep-alive connection after 5 s. A client that sends its
// next request on it just as the server closes it gets a reset (seen as
// ECONNRESET in a journey that fetched a picture a few seconds after the page),
// and a load balancer that keeps idle connections for 60 s (the common
// default) answers its clients 502 for the same reason. The server must be the
// side that waits longer: idle connections stay open 65 s, and the headers of a
// request on one may take a second more.
export const IDLE_CONNECTION_MS = 65_000

export function keepIdleConnections(server: Server) {
	server.keepAliveTimeout = IDLE_CONNECTION_MS
	server.headersTimeout = IDLE_CONNECTION_MS + 1_000
}
