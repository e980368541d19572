// How every long-running process of the portal stops on SIGINT or SIGTERM:
// its own first step (stop serving, wait for the web processes), then the
// background work finishes the batch in hand, the database connections close,
// an embedded database shuts down, and the process exits.
import { disconnectPrisma } from '../app/utils/db.server.ts'

interface StoppingParts {
	background?: { stop(): Promise<void> }
	database?: { close(): Promise<void> }
}

/** Stops once, on the first signal; returns whether it is stopping (a supervisor then starts no replacements). */
export function stopOnSignals(first: (signal: string) => void | Promise<void>, parts: StoppingParts): () => boolean {
	let stopping = false
	const stop = async (signal: string) => {
		if (stopping) return
		stopping = true
		await first(signal)
		await parts.background?.stop()
		await disconnectPrisma()
		await parts.database?.close()
		process.exit(0)
	}
	process.on('SIGINT', () => void stop('SIGINT'))
	process.on('SIGTERM', () => void stop('SIGTERM'))
	return () => stopping
}
