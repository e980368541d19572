import { createServer, connect, type Server, type Socket } from 'node:net'

// A TCP relay between the portal and its database, for outage tests: cut()
// drops every connection and refuses new ones, as a database host that went
// away does; restore() listens again on the same port.

export interface TcpProxy {
	port: number
	cut(): Promise<void>
	restore(): Promise<void>
	close(): Promise<void>
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
	const sockets = new Set<Socket>()
	let server: Server
	let port = 0
	const listen = () =>
		new Promise<void>((resolve, reject) => {
			server = createServer((client) => {
				const upstream = connect(target.port, target.host)
				for (const socket of [client, upstream]) {
					sockets.add(socket)
					socket.on('close', () => sockets.delete(socket))
					socket.on('error', () => {
						client.destroy()
						upstream.destroy()
					})
				}
				client.pipe(upstream).pipe(client)
			})
			server.once('error', reject)
			server.listen(port, '127.0.0.1', () => {
				const address = server.address()
				if (address && typeof address === 'object') port = address.port
				resolve()
			})
		})
	const stop = () =>
		new Promise<void>((resolve) => {
			for (const socket of sockets) socket.destroy()
			sockets.clear()
			server.close(() => resolve())
		})
	await listen()
	return {
		get port() {
			return port
		},
		cut: stop,
		restore: listen,
		close: stop,
	}
}
