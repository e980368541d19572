// One test file per group of targets: one database with the world in it, one
// portal process (the production build) serving it, and one test per target.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { groups, type GroupName } from '../inventory.ts'
import { withTestDatabase } from '../../setup/database.ts'
import { startPortal, type Portal } from '../../support/portal-process.ts'
import { describeFailure, runTarget } from './runner.ts'
import { fuzzSettings } from './settings.ts'
import { installWriteCounter, type WriteCounter } from './write-counter.ts'
import { buildWorld, Sessions, type World } from './world.ts'

export function fuzzGroup(group: GroupName) {
	const selected = groups[group].filter((target) => !fuzzSettings.only || fuzzSettings.only.includes(target.name))

	// Skipped only when `npm run fuzz -- --only <targets>` names none of this group's targets.
	describe.skipIf(selected.length === 0)(`fuzzing the ${group} forms over HTTP`, () => {
		const db = withTestDatabase()
		let portal: Portal
		let world: World
		let sessions: Sessions
		let counter: WriteCounter

		beforeAll(async () => {
			world = await buildWorld()
			counter = await installWriteCounter(db.url)
			sessions = new Sessions(world)
			// No background worker: every row written comes from the request being judged.
			portal = await startPortal({ databaseUrl: db.url, env: { HUB_INLINE_WORKER: 'false' } })
		}, 180_000)

		afterAll(async () => {
			await portal?.stop()
			await counter?.close()
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
					const failures = result.failures.map((failure) => describeFailure(result, failure))
					expect(failures, failures.join('\n\n')).toEqual([])
				},
				// Generous: the machine is shared, and a run of 10,000 cases takes minutes.
				60_000 + fuzzSettings.runs * 400,
			)
		}
	})
}
