// One test file per group of targets: one database with the world in it, one
// portal process (the production build) serving it, and one test per target.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { knownFailures } from '../known-failures.ts'
import { groups, type GroupName } from '../inventory.ts'
import { useTestDatabase } from '../../setup/database.ts'
import { startPortal, type Portal } from '../../support/portal-process.ts'
import { send } from './http.ts'
import { describeFailure, runTarget, settledLog, unknownFailures } from './runner.ts'
import { fuzzSettings } from './settings.ts'
import { installWriteCounter, type WriteCounter } from './write-counter.ts'
import { buildWorld, Sessions, type World } from './world.ts'

export function fuzzGroup(group: GroupName) {
	const selected = groups[group].filter((target) => !fuzzSettings.only || fuzzSettings.only.includes(target.name))

	describe.skipIf(selected.length === 0)(`fuzzing the ${group} forms over HTTP`, () => {
		let db: Awaited<ReturnType<typeof useTestDatabase>>
		let portal: Portal
		let world: World
		let sessions: Sessions
		let counter: WriteCounter

		beforeAll(async () => {
			db = await useTestDatabase()
			world = await buildWorld()
			counter = await installWriteCounter(db.url)
			sessions = new Sessions(world)
			// No background worker: every row written comes from the request being judged.
			portal = await startPortal({ databaseUrl: db.url, env: { HUB_INLINE_WORKER: 'false' } })
		}, 180_000)

		afterAll(async () => {
			await portal?.stop()
			await counter?.close()
			await db?.cleanup()
		})

		for (const target of selected) {
			it(
				`${target.name}: no 5xx, and nothing written unless the answer says it succeeded`,
				async () => {
					const result = await runTarget(target, {
						baseUrl: portal.url,
						world,
						sessions,
						counter,
						runs: fuzzSettings.runs,
						seed: fuzzSettings.seed,
						path: fuzzSettings.path,
						timeLimitMs: fuzzSettings.timeLimitSeconds * 1000,
						portalOutput: () => portal.output(),
					})
					mkdirSync(fuzzSettings.resultsDir, { recursive: true })
					writeFileSync(path.join(fuzzSettings.resultsDir, `${target.name}.json`), JSON.stringify(result, null, '\t'))
					const unknown = unknownFailures(result).map((failure) => describeFailure(result, failure))
					expect(unknown, unknown.join('\n\n')).toEqual([])
				},
				// Generous: the machine is shared, and a run of 10,000 cases takes minutes.
				60_000 + fuzzSettings.runs * 400,
			)
		}

		// A known failure that no longer happens has been fixed: its entry must go.
		for (const known of knownFailures.filter((entry) => entry.example.group === group)) {
			it.skipIf(Boolean(fuzzSettings.only || fuzzSettings.path))(
				`known failure "${known.id}" (${known.owner}) still happens; delete its entry once the fix has landed`,
				async () => {
					await sessions.refresh()
					const request = await known.example.request(world)
					await counter.take()
					const logStart = portal.output().length
					const response = await send(portal.url, request, sessions.cookie(request.role))
					const writes = await counter.take()
					const log = await settledLog(() => portal.output(), logStart)
					expect(
						known.matches(request, response, log, writes),
						`${response.status} ${JSON.stringify(writes)}\n${log}`,
					).toBe(true)
				},
			)
		}
	})
}
