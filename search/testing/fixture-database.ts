import { afterAll, beforeAll } from 'vitest'
import { useTestDatabase } from '../../tests/setup/database.ts'
import { insertFixtures, type Fixtures } from './fixtures.server.ts'

/**
 * Gives a test file its own database with the search fixtures in it, for all
 * its tests, and drops it after them. The fixtures are filled in before the
 * file's first test (and before its own beforeAll hooks run).
 */
export function fixtureDatabase(): Fixtures {
	const fixtures: Fixtures = { ids: {}, hidden: [], unindexed: [], membersOnly: [] }
	let db: Awaited<ReturnType<typeof useTestDatabase>> | undefined
	beforeAll(async () => {
		db = await useTestDatabase()
		Object.assign(fixtures, await insertFixtures())
	})
	afterAll(async () => {
		await db?.cleanup()
	})
	return fixtures
}
