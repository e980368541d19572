import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// `NODE_ENV=production npm start` is how an operator deploys; it must refuse
// to start rather than build links from request headers or seed accounts
// whose passwords are in the README.

const root = path.resolve(import.meta.dirname, '../..')

describe('starting in production', () => {
	it('without PUBLIC_URL, start-up refuses and names the setting', () => {
		const started = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['server/main.ts'], {
			cwd: root,
			env: { PATH: process.env.PATH, NODE_ENV: 'production', HUB_DATA_DIR: '/nonexistent/never-created' },
			encoding: 'utf8',
			timeout: 60_000,
		})
		expect(started.status).toBe(1)
		expect(started.stderr).toMatch(/PUBLIC_URL: required in production/)
	})
})
