import type { AddressInfo } from 'node:net'
import express from 'express'
import { describe, expect, it } from 'vitest'
import { tileImageSource } from '../../app/domain/map/map-tiles.ts'
import { EnvError, parseEnv } from '../../app/utils/env.server.ts'
import { securityHeaders } from '../../server/http/security-headers.server.ts'

/** The Content-Security-Policy a page is served with, from the portal's own header middleware. */
async function policyWith(mapTilesUrl: string | undefined): Promise<string> {
	const app = express()
	app.use(securityHeaders({ development: false, https: false, mapTilesUrl }))
	app.get('/', (_req, res) => res.send('ok'))
	const server = app.listen(0, '127.0.0.1')
	await new Promise((resolve) => server.once('listening', resolve))
	try {
		const { port } = server.address() as AddressInfo
		const response = await fetch(`http://127.0.0.1:${port}/`)
		return response.headers.get('content-security-policy') ?? ''
	} finally {
		server.close()
	}
}

const imgSrc = (policy: string) => /img-src ([^;]*)/.exec(policy)?.[1]

describe('MAP_TILES_URL', () => {
	it('unset, the policy allows images from the portal only', async () => {
		expect(imgSrc(await policyWith(undefined))).toBe("'self' data:")
	})

	it('set, its host, and only that, joins img-src (a {s} subdomain as a wildcard)', async () => {
		const policy = await policyWith('https://tiles.example.org/osm/{z}/{x}/{y}.png')
		expect(imgSrc(policy)).toBe("'self' data: https://tiles.example.org")
		expect(/script-src ([^;]*)/.exec(policy)?.[1]).not.toContain('tiles.example.org')
		expect(/connect-src ([^;]*)/.exec(policy)?.[1]).not.toContain('tiles.example.org')
		expect(imgSrc(await policyWith('https://{s}.tile.example.org:8443/{z}/{x}/{y}.png'))).toBe(
			"'self' data: https://*.tile.example.org:8443",
		)
	})

	it('is checked at start: a template without its placeholders, or that could break out of the policy, is refused', () => {
		expect(parseEnv({ MAP_TILES_URL: 'https://tiles.example.org/{z}/{x}/{y}.png' }).MAP_TILES_URL).toBe(
			'https://tiles.example.org/{z}/{x}/{y}.png',
		)
		expect(parseEnv({ MAP_TILES_URL: '' }).MAP_TILES_URL).toBeUndefined()
		for (const wrong of [
			'https://tiles.example.org/tile.png',
			'ftp://tiles.example.org/{z}/{x}/{y}.png',
			"https://tiles.example.org; script-src 'unsafe-inline'/{z}/{x}/{y}.png",
			'https://tiles.example.org/{z}/{x}/{y}.png style-src *',
			'//tiles.example.org/{z}/{x}/{y}.png',
		]) {
			expect(() => parseEnv({ MAP_TILES_URL: wrong }), wrong).toThrow(EnvError)
			expect(() => tileImageSource(wrong), wrong).toThrow()
		}
	})
})
