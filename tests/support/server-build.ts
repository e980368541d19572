import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { childEnv } from './child-env.ts'

// Tests that talk to the portal over HTTP run the production build, as
// `npm start` serves it. `npm test` builds once before every suite; a test
// file run on its own rebuilds here when app code is newer than the build.

const root = path.resolve(import.meta.dirname, '../..')
const serverBuild = path.join(root, 'build/server/index.js')
const lockDir = path.join(root, 'tests/.tmp/build.lock')

function newestSourceTime(dir: string): number {
	let newest = 0
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name === 'generated' || entry.name.startsWith('.')) continue
		const full = path.join(dir, entry.name)
		newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : statSync(full).mtimeMs)
	}
	return newest
}

function isFresh(): boolean {
	if (!existsSync(serverBuild)) return false
	return statSync(serverBuild).mtimeMs >= newestSourceTime(path.join(root, 'app'))
}

/** Builds the portal unless the build is newer than every file in app/; one build at a time across test workers. */
export async function ensureServerBuild(): Promise<void> {
	if (isFresh()) return
	mkdirSync(path.dirname(lockDir), { recursive: true })
	for (;;) {
		try {
			mkdirSync(lockDir)
			break
		} catch {
			await sleep(250)
		}
	}
	try {
		if (isFresh()) return
		// Not under Vitest's variables: vite.config.ts leaves the Remix plugin out when VITEST is set.
		const buildEnv = childEnv(
			Object.fromEntries(
				Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'),
			),
		)
		const built = spawnSync(path.join(root, 'node_modules/.bin/remix'), ['vite:build'], {
			cwd: root,
			encoding: 'utf8',
			env: buildEnv,
		})
		if (built.status !== 0) throw new Error(`remix vite:build failed:\n${built.stdout}\n${built.stderr}`)
	} finally {
		rmdirSync(lockDir)
	}
}
