import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { freeLoopbackPort } from '../../server/db/embedded-postgres.server.ts'
import { childEnv } from './child-env.ts'
import { ensureServerBuild } from './server-build.ts'

// The portal as its own process, started the way an operator starts it
// (`tsx server/main.ts` with NODE_ENV=production), against a test database:
// for tests of what only the whole server does (headers, compression, body
// limits, outages, logs) and for fuzzing every form over real HTTP.

const root = path.resolve(import.meta.dirname, '../..')

export interface Portal {
	url: string
	port: number
	/** Everything the process wrote to stdout and stderr so far. */
	output(): string
	stop(): Promise<void>
}

/** A server script of the repository as its own production process; its output is collected from the start. */
function spawnServer(script: string, env: Record<string, string | undefined>) {
	const child: ChildProcess = spawn(path.join(root, 'node_modules/.bin/tsx'), [script], {
		cwd: root,
		env: childEnv({
			PATH: process.env.PATH,
			HOME: process.env.HOME,
			NODE_ENV: 'production',
			HUB_SEED_DEMO: 'false',
			LOG_LEVEL: 'info',
			...env,
		}),
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	let output = ''
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
	return {
		child,
		output: () => output,
		stop: async () => {
			if (child.exitCode === null) {
				child.kill('SIGTERM')
				const killed = setTimeout(() => child.kill('SIGKILL'), 10_000)
				await exited
				clearTimeout(killed)
			}
		},
	}
}

export async function startPortal(options: {
	databaseUrl: string
	env?: Record<string, string | undefined>
}): Promise<Portal> {
	await ensureServerBuild()
	const port = await freeLoopbackPort()
	const url = `http://127.0.0.1:${port}`
	const { child, output, stop } = spawnServer('server/main.ts', {
		PUBLIC_URL: url,
		HOST: '127.0.0.1',
		PORT: String(port),
		DATABASE_URL: options.databaseUrl,
		...options.env,
	})

	const deadline = Date.now() + 60_000
	for (;;) {
		if (child.exitCode !== null)
			throw new Error(`The portal exited with ${child.exitCode} before it served:\n${output()}`)
		try {
			const response = await fetch(`${url}/healthz`)
			await response.body?.cancel()
			break
		} catch {
			if (Date.now() > deadline) {
				child.kill('SIGKILL')
				throw new Error(`The portal did not answer within 60 s:\n${output()}`)
			}
			await sleep(100)
		}
	}
	return { url, port, output, stop }
}

export interface WorkerProcess {
	output(): string
	stop(): Promise<void>
}

/** `npm run worker` as its own process against the same database: outbox delivery and the timers. */
export async function startWorkerProcess(options: {
	databaseUrl: string
	env?: Record<string, string | undefined>
}): Promise<WorkerProcess> {
	const { child, output, stop } = spawnServer('server/worker.ts', {
		PUBLIC_URL: 'http://127.0.0.1:9',
		DATABASE_URL: options.databaseUrl,
		...options.env,
	})
	await new Promise<void>((resolve, reject) => {
		const timeout = setTimeout(() => reject(new Error(`The worker did not start within 60 s:\n${output()}`)), 60_000)
		const read = () => {
			if (/Outbox worker .* running/.test(output())) {
				clearTimeout(timeout)
				resolve()
			}
		}
		child.stdout?.on('data', read)
		child.stderr?.on('data', read)
		child.once('exit', (code) => {
			clearTimeout(timeout)
			reject(new Error(`The worker exited with ${code} before it ran:\n${output()}`))
		})
	})
	return { output, stop }
}
